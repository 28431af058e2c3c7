package vn.atgt.thidua.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;
import org.springframework.modulith.docs.Documenter.Options;

import vn.atgt.thidua.ThiDuaApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Modulith's rules over the top-level packages (no cycle between modules, no access to another module's
 * internals), and the diagrams of docs/architecture.md, regenerated on every build so they never drift.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(ThiDuaApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void everyTopLevelPackageIsAModuleAndSharedIsOpen() {
		assertThat(MODULES.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrder("account",
				"agency", "audit", "demo", "document", "home", "nomination", "notification", "plan", "report",
				"shared", "statistics", "subplan");
		assertThat(MODULES.getModuleByName("shared").orElseThrow().isOpen()).isTrue();
	}

	@Test
	void writesTheModuleDiagramsAndCanvasesIntoDocs() {
		new Documenter(MODULES, Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.C4))
			.writeIndividualModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.C4))
			.writeModuleCanvases()
			.writeAggregatingDocument();
	}

}
