package vn.atgt.thidua.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.demo.DemoPlanContents;
import vn.atgt.thidua.support.PlanFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The pre-publication check: what blocks publication, what only warns, and what it leaves alone. */
class PlanCheckTests {

	private static final Instant NOW = Instant.parse("2025-01-05T02:00:00Z");

	@Test
	void findsNothingInACompletePlan() {
		PlanReadiness readiness = PlanCheck.of(PlanFixtures.content(2024, 8), 3);
		assertThat(readiness.blocking()).isEmpty();
		assertThat(readiness.warnings()).isEmpty();
		assertThat(readiness.canPublish()).isTrue();
	}

	@Test
	void blocksNearEmptyPlan() {
		PlanContent c = PlanFixtures.content(2024, 0);
		PlanContent nearEmpty = new PlanContent(c.year(), c.parentBody(), c.issuingBody(), c.bodySymbol(), c.place(),
				c.title(), c.theme(), c.legalBases(), c.introduction(), List.of(), c.targets(), List.of(" "),
				c.participants(), c.taskGroupsIntro(), c.taskGroups(), c.startDate(), c.endDate(), c.subPlanDueDate(),
				c.reportDueDate(), c.nominationDueDate(), c.agencyDutiesHeading(), c.agencyDuties(),
				c.officeDutiesHeading(), c.officeDuties(), c.closingText(), c.recipients(), c.signAuthority(),
				c.signerHeadTitle(), c.signerTitle(), " ");
		PlanReadiness readiness = PlanCheck.of(nearEmpty, 0);
		assertThat(readiness.canPublish()).isFalse();
		assertThat(readiness.blocking()).extracting(PlanIssue::messageKey, PlanIssue::field)
			.containsExactly(tuple("plan.check.emptySection", "purposes"),
					tuple("plan.check.emptySection", "requirements"), tuple("plan.check.noTaskGroup", "taskGroups"),
					tuple("plan.check.noParticipant", "participantsChosen"), tuple("plan.check.noSigner", "signerName"));
	}

	@Test
	void blocksDatesOutOfOrderOrOutsideTheYear() {
		PlanContent c = withDates(PlanFixtures.content(2025, 2), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 30),
				LocalDate.of(2026, 12, 31));
		assertThat(PlanCheck.of(c, 1).blocking()).extracting(PlanIssue::messageKey, PlanIssue::field)
			.containsExactly(tuple("plan.check.dateBefore", "subPlanDueDate"),
					tuple("plan.check.dateOutsideYear", "endDate"));
	}

	@Test
	void warnsOfStaleYearsDeadlinesAndBaselinesInACopy() {
		PlanContent copy = Plan.draft(PlanFixtures.content(2024, 2), NOW).copyForYear(2025, NOW).content();
		PlanContent withStaleYear = withPurposes(copy, List.of("Kéo giảm tai nạn so với năm 2023."));
		PlanReadiness readiness = PlanCheck.of(withStaleYear, 1);
		assertThat(readiness.canPublish()).isTrue();
		assertThat(readiness.warnings()).extracting(PlanIssue::messageKey, PlanIssue::field)
			.containsExactly(tuple("plan.check.textYear", "purposes"), tuple("plan.check.textDate", "agencyDuties"),
					tuple("plan.check.baselineYear", "targets[0].baselineLabel"));
		assertThat(readiness.warnings().get(1).values()).first().isEqualTo("30/6/2024");
	}

	@Test
	void leavesLegalBasesAndThePreviousYearAlone() {
		PlanContent c = withPurposes(PlanFixtures.content(2025, 2),
				List.of("Kéo giảm so với năm 2024, thực hiện Nghị định 98/2023/NĐ-CP và Chỉ thị ngày 25/5/2018."));
		assertThat(PlanCheck.of(c, 1).warnings()).isEmpty();
	}

	@Test
	void titleNamesOnlyThePlanYear() {
		PlanContent c = PlanFixtures.content(2025, 1);
		PlanContent stale = new PlanContent(c.year(), c.parentBody(), c.issuingBody(), c.bodySymbol(), c.place(),
				"Phát động phong trào thi đua năm 2024", c.theme(), c.legalBases(), c.introduction(), c.purposes(),
				c.targets(), c.requirements(), c.participants(), c.taskGroupsIntro(), c.taskGroups(), c.startDate(),
				c.endDate(), c.subPlanDueDate(), c.reportDueDate(), c.nominationDueDate(), c.agencyDutiesHeading(),
				c.agencyDuties(), c.officeDutiesHeading(), c.officeDuties(), c.closingText(), c.recipients(),
				c.signAuthority(), c.signerHeadTitle(), c.signerTitle(), c.signerName());
		assertThat(PlanCheck.of(stale, 1).warnings()).extracting(PlanIssue::messageKey)
			.containsExactly("plan.check.titleYear");
	}

	@Test
	void theSeedPlanIsCleanAndItsCopyIsNot() {
		assertThat(PlanCheck.of(DemoPlanContents.plan2024(), 40).blocking()).isEmpty();
		assertThat(PlanCheck.of(DemoPlanContents.plan2024(), 40).warnings()).isEmpty();
		PlanContent copy = Plan.draft(DemoPlanContents.plan2024(), NOW).copyForYear(2025, NOW).content();
		assertThat(PlanCheck.of(copy, 40).warnings()).extracting(PlanIssue::messageKey)
			.contains("plan.check.textDate", "plan.check.baselineYear");
	}

	static PlanContent withDates(PlanContent c, LocalDate start, LocalDate subPlanDue, LocalDate end) {
		return new PlanContent(c.year(), c.parentBody(), c.issuingBody(), c.bodySymbol(), c.place(), c.title(),
				c.theme(), c.legalBases(), c.introduction(), c.purposes(), c.targets(), c.requirements(),
				c.participants(), c.taskGroupsIntro(), c.taskGroups(), start, end, subPlanDue, c.reportDueDate(),
				c.nominationDueDate(), c.agencyDutiesHeading(), c.agencyDuties(), c.officeDutiesHeading(),
				c.officeDuties(), c.closingText(), c.recipients(), c.signAuthority(), c.signerHeadTitle(),
				c.signerTitle(), c.signerName());
	}

	static PlanContent withPurposes(PlanContent c, List<String> purposes) {
		return new PlanContent(c.year(), c.parentBody(), c.issuingBody(), c.bodySymbol(), c.place(), c.title(),
				c.theme(), c.legalBases(), c.introduction(), new ArrayList<>(purposes), c.targets(), c.requirements(),
				c.participants(), c.taskGroupsIntro(), c.taskGroups(), c.startDate(), c.endDate(), c.subPlanDueDate(),
				c.reportDueDate(), c.nominationDueDate(), c.agencyDutiesHeading(), c.agencyDuties(),
				c.officeDutiesHeading(), c.officeDuties(), c.closingText(), c.recipients(), c.signAuthority(),
				c.signerHeadTitle(), c.signerTitle(), c.signerName());
	}


	@Test
	void onTheDayOfPublicationAPastDeadlineIsAWarning() {
		PlanContent c = PlanFixtures.content(2024, 8);
		PlanReadiness late = PlanCheck.of(c, 3, java.time.LocalDate.of(2024, 7, 1));
		assertThat(late.blocking()).isEmpty();
		assertThat(late.warnings()).extracting(PlanIssue::messageKey, PlanIssue::field)
			.contains(org.assertj.core.groups.Tuple.tuple("plan.check.deadlinePast", "subPlanDueDate"));
		assertThat(PlanCheck.of(c, 3, java.time.LocalDate.of(2024, 1, 2)).warnings())
			.extracting(PlanIssue::messageKey).doesNotContain("plan.check.deadlinePast");
	}

}
