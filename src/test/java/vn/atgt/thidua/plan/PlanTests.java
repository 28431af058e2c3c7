package vn.atgt.thidua.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.support.PlanFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan's lifecycle rules, without Spring. */
class PlanTests {

	static final Instant NOW = Instant.parse("2024-06-10T02:00:00Z");

	@Test
	void publishesDraftWithNumberAndDate() {
		Plan plan = Plan.draft(PlanFixtures.content(2024, 8), NOW);
		plan.chooseParticipants(Set.of(1L, 2L), NOW);
		plan.publish(12, LocalDate.of(2024, 6, 10), NOW);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.PUBLISHED);
		assertThat(plan.numberSymbol()).isEqualTo("12/KH-BATGT");
		assertThat(plan.getTaskGroups()).hasSize(8);
	}

	@Test
	void refusesToPublishWithoutParticipants() {
		Plan plan = Plan.draft(PlanFixtures.content(2024, 8), NOW);
		assertThatThrownBy(() -> plan.publish(1, LocalDate.of(2024, 6, 10), NOW))
			.isInstanceOf(InvalidStateException.class).hasMessage("plan.error.noParticipants");
	}

	@Test
	void publishedPlanIsNotEditedButAmended() {
		Plan plan = published();
		assertThatThrownBy(() -> plan.edit(PlanFixtures.content(2024, 8), NOW))
			.isInstanceOf(InvalidStateException.class);
		plan.amend(PlanFixtures.content(2024, 9), NOW);
		assertThat(plan.getTaskGroups()).hasSize(9);
	}

	@Test
	void amendmentCannotChangeYear() {
		Plan plan = published();
		assertThatThrownBy(() -> plan.amend(PlanFixtures.content(2025, 8), NOW))
			.isInstanceOf(InvalidStateException.class).hasMessage("plan.error.amendNumbering");
	}

	@Test
	void closedPlanCannotBeAmendedOrClosedAgain() {
		Plan plan = published();
		plan.close(NOW);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.CLOSED);
		assertThatThrownBy(() -> plan.amend(PlanFixtures.content(2024, 8), NOW)).isInstanceOf(InvalidStateException.class);
		assertThatThrownBy(() -> plan.close(NOW)).isInstanceOf(InvalidStateException.class);
	}

	@Test
	void draftCannotBeClosed() {
		Plan plan = Plan.draft(PlanFixtures.content(2024, 8), NOW);
		assertThatThrownBy(() -> plan.close(NOW)).isInstanceOf(InvalidStateException.class);
	}

	@Test
	void publishedPlanOnlyGainsParticipants() {
		Plan plan = published();
		plan.chooseParticipants(Set.of(1L, 2L, 3L), NOW);
		assertThat(plan.getParticipantIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThatThrownBy(() -> plan.chooseParticipants(Set.of(1L), NOW)).isInstanceOf(InvalidStateException.class);
	}

	@Test
	void copyStartsNextYearsDraftWithShiftedDates() {
		Plan plan = published();
		Plan copy = plan.copyForYear(2025, NOW);
		assertThat(copy.getStatus()).isEqualTo(PlanStatus.DRAFT);
		assertThat(copy.getNumber()).isNull();
		assertThat(copy.getYear()).isEqualTo(2025);
		assertThat(copy.getTitle()).endsWith("năm 2025");
		assertThat(copy.getSubPlanDueDate()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(copy.getTaskGroups()).hasSize(8).allSatisfy(g -> assertThat(g.getId()).isNull());
		assertThat(copy.getParticipantIds()).containsExactlyInAnyOrder(1L, 2L);
	}

	@Test
	void reordersTaskGroupsKeepingTheirIdentity() {
		Plan plan = Plan.draft(PlanFixtures.content(2024, 3), NOW);
		List<TaskGroupSpec> reversed = List.of(plan.content().taskGroups().get(2), plan.content().taskGroups().get(0));
		PlanContent c = PlanFixtures.content(2024, 3);
		plan.edit(withTaskGroups(c, reversed), NOW);
		assertThat(plan.getTaskGroups()).extracting(TaskGroup::getContent)
			.containsExactly("Nội dung nhóm nhiệm vụ trọng tâm số 3 năm 2024.", "Nội dung nhóm nhiệm vụ trọng tâm số 1 năm 2024.");
		assertThat(plan.getTaskGroups()).extracting(TaskGroup::getPosition).containsExactly(1, 2);
	}

	@Test
	void snapshotDiffNamesTheChangedSection() {
		Plan plan = published();
		var before = plan.snapshot();
		PlanContent c = PlanFixtures.content(2024, 8);
		plan.amend(new PlanContent(c.year(), c.parentBody(), c.issuingBody(), c.bodySymbol(), c.place(), "Tên mới",
				c.theme(), c.legalBases(), c.introduction(), c.purposes(), c.targets(), c.requirements(),
				c.participants(), c.taskGroupsIntro(), c.taskGroups(), c.startDate(), c.endDate(), c.subPlanDueDate(),
				c.reportDueDate(), c.nominationDueDate(), c.agencyDutiesHeading(), c.agencyDuties(),
				c.officeDutiesHeading(), c.officeDuties(), c.closingText(), c.recipients(), c.signAuthority(),
				c.signerHeadTitle(), c.signerTitle(), c.signerName()), NOW);
		assertThat(vn.atgt.thidua.shared.events.FieldChange.between(before, plan.snapshot()))
			.extracting(vn.atgt.thidua.shared.events.FieldChange::field).contains("title");
	}

	private static Plan published() {
		Plan plan = Plan.draft(PlanFixtures.content(2024, 8), NOW);
		plan.chooseParticipants(Set.of(1L, 2L), NOW);
		plan.publish(12, LocalDate.of(2024, 6, 10), NOW);
		return plan;
	}

	private static PlanContent withTaskGroups(PlanContent c, List<TaskGroupSpec> groups) {
		return new PlanContent(c.year(), c.parentBody(), c.issuingBody(), c.bodySymbol(), c.place(), c.title(),
				c.theme(), c.legalBases(), c.introduction(), c.purposes(), c.targets(), c.requirements(),
				c.participants(), c.taskGroupsIntro(), groups, c.startDate(), c.endDate(), c.subPlanDueDate(),
				c.reportDueDate(), c.nominationDueDate(), c.agencyDutiesHeading(), c.agencyDuties(),
				c.officeDutiesHeading(), c.officeDuties(), c.closingText(), c.recipients(), c.signAuthority(),
				c.signerHeadTitle(), c.signerTitle(), c.signerName());
	}

}
