package vn.atgt.thidua.plan;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.plan.web.PlanForm;
import vn.atgt.thidua.shared.province.ProvinceProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The letterhead of a new plan comes from the configured province, not from the code. */
class ProvinceTextsTests {

	@Test
	void aNewPlanTakesTheConfiguredProvincesLetterhead() {
		ProvinceProperties caoBang = new ProvinceProperties("Cao Bằng", "UBND TỈNH CAO BẰNG", "BAN AN TOÀN GIAO THÔNG",
				"BATGT-CB", "Cao Bằng", "caobang.gov.vn", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Lưu: VT, VP.",
				"Các sở, ngành có trách nhiệm:", "Văn phòng có trách nhiệm:");
		PlanForm form = PlanForm.blank(2026, caoBang);
		assertThat(form.getParentBody()).isEqualTo("UBND TỈNH CAO BẰNG");
		assertThat(form.getBodySymbol()).isEqualTo("BATGT-CB");
		assertThat(form.getPlace()).isEqualTo("Cao Bằng");
		assertThat(form.getRecipients()).isEqualTo("Lưu: VT, VP.");
		assertThat(form.getAgencyDutiesHeading()).isEqualTo("Các sở, ngành có trách nhiệm:");
		assertThat(form.getSubPlanDueDate()).hasToString("2026-06-30");
	}

}
