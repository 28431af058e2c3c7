package vn.atgt.thidua.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module rules of docs/architecture.md, enforced: each {@code check} asserts the rule and fails with every violation. */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.atgt.thidua");

	@Test
	void sharedDependsOnNoFeatureModule() {
		noClasses().that().resideInAPackage("vn.atgt.thidua.shared..")
			.should().dependOnClassesThat().resideInAnyPackage("vn.atgt.thidua.plan..", "vn.atgt.thidua.agency..",
					"vn.atgt.thidua.account..", "vn.atgt.thidua.subplan..", "vn.atgt.thidua.report..",
					"vn.atgt.thidua.statistics..", "vn.atgt.thidua.nomination..", "vn.atgt.thidua.notification..",
					"vn.atgt.thidua.document..", "vn.atgt.thidua.demo..", "vn.atgt.thidua.home..")
			.check(CLASSES);
	}

	@Test
	void noModuleDependsOnDemoDataOrHome() {
		noClasses().that().resideOutsideOfPackages("vn.atgt.thidua.demo..", "vn.atgt.thidua.home..")
			.and().resideOutsideOfPackage("vn.atgt.thidua..demo..")
			.should().dependOnClassesThat().resideInAnyPackage("vn.atgt.thidua.demo..", "vn.atgt.thidua.home..")
			.check(CLASSES);
	}

	@Test
	void webLayersAreNotUsedByDomainCode() {
		// shared.web holds the exceptions services throw (404, 409); feature web packages are for controllers only
		noClasses().that().resideOutsideOfPackage("..web..")
			.should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("vn.atgt.thidua.*.web..")
				.and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("vn.atgt.thidua.shared.."))))
			.check(CLASSES);
	}

	@Test
	void onlyTheAuditModuleTouchesAuditStorage() {
		noClasses().that().resideOutsideOfPackage("vn.atgt.thidua.audit..")
			.should().dependOnClassesThat().haveFullyQualifiedName("vn.atgt.thidua.audit.AuditEventRepository")
			.check(CLASSES);
	}

	@Test
	void aggregatesDependOnNoWebAndNoPersistenceProviderExceptionType() {
		noClasses().that().areAnnotatedWith(jakarta.persistence.Entity.class)
			.should().dependOnClassesThat().resideInAnyPackage("vn.atgt.thidua.shared.web..", "org.springframework.orm..",
					"org.springframework.web..", "jakarta.servlet..")
			.check(CLASSES);
	}

	@Test
	void theDomainBaseHasNoWebType() {
		noClasses().that().resideInAPackage("vn.atgt.thidua.shared.domain..")
			.should().dependOnClassesThat().resideInAnyPackage("vn.atgt.thidua.shared.web..", "org.springframework.web..",
					"jakarta.servlet..", "org.springframework.orm..")
			.check(CLASSES);
	}

	@Test
	void nothingUsesTheDeprecatedWebExceptions() {
		noClasses().that().resideOutsideOfPackage("vn.atgt.thidua.shared.web..")
			.should().dependOnClassesThat().haveFullyQualifiedName("vn.atgt.thidua.shared.web.NotFoundException")
			.orShould().dependOnClassesThat().haveFullyQualifiedName("vn.atgt.thidua.shared.web.InvalidStateException")
			.orShould().dependOnClassesThat().haveFullyQualifiedName("vn.atgt.thidua.shared.web.ConflictException")
			.check(CLASSES);
	}

	/** A class with a method that handles application events: the only place a side effect may be wired. */
	static final DescribedPredicate<JavaClass> EVENT_LISTENERS = DescribedPredicate.describe("event listeners",
			type -> type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(ApplicationModuleListener.class)
					|| method.isAnnotatedWith(EventListener.class) || method.isAnnotatedWith(TransactionalEventListener.class)));

	@Test
	void accountChangesReachTheAuditTrailThroughEvents() {
		// sign-in attempts (SignInAttempts, SignInListener) and the first administrator stay direct: ADR 0163
		noClasses().that().haveFullyQualifiedName("vn.atgt.thidua.account.AccountService")
			.or().haveFullyQualifiedName("vn.atgt.thidua.account.SecondFactorService")
			.should().dependOnClassesThat().haveFullyQualifiedName("vn.atgt.thidua.audit.AuditLog")
			.because("account changes publish AccountEvents, which the audit module writes after commit")
			.check(CLASSES);
	}

	@Test
	void onlyEventListenersWriteAuditRows() {
		noClasses().that().resideOutsideOfPackages("vn.atgt.thidua.audit..")
			// sign-in attempts are aggregated in the same transaction as the attempt, and the first administrator is
			// created before any user exists: these two stay direct (ADR 0163)
			.and().doNotHaveFullyQualifiedName("vn.atgt.thidua.account.SignInAttempts")
			.and().doNotHaveFullyQualifiedName("vn.atgt.thidua.account.BootstrapAdmin")
			.and(DescribedPredicate.not(EVENT_LISTENERS))
			.should().callMethodWhere(DescribedPredicate.describe("AuditLog.record…",
					call -> call.getTargetOwner().getFullName().equals("vn.atgt.thidua.audit.AuditLog")
							&& call.getName().startsWith("record")))
			.because("a transition registers an AuditedEvent, which the audit module writes after commit (ADR 0101, 0165)")
			.check(CLASSES);
	}

	@Test
	void onlyEventListenersNotifyOutsideTheNotificationModule() {
		// the notification module's own reminders are notifications by definition: they call its API inside it
		noClasses().that().resideOutsideOfPackage("vn.atgt.thidua.notification..")
			.and(DescribedPredicate.not(EVENT_LISTENERS))
			.should().callMethodWhere(DescribedPredicate.describe("Notifications.notify…",
					call -> call.getTargetOwner().getFullName().equals("vn.atgt.thidua.notification.Notifications")
							&& call.getName().startsWith("notify")))
			.because("notifications follow the transition's event after commit (a *Notifier listener, ADR 0165)")
			.check(CLASSES);
	}

}
