package vn.atgt.thidua.subplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.shared.domain.InvalidStateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubPlanLifecycleTests {

	static final LocalDate DUE = LocalDate.of(2024, 6, 30);

	static final Actor AGENCY = new Actor(2L, "agency", 2L, null);

	static final Actor OFFICE = new Actor(1L, "office", null, null);

	static Instant local(int month, int day, int hour, int minute, int second) {
		return LocalDateTime.of(2024, month, day, hour, minute, second).atZone(VnDates.ZONE).toInstant();
	}

	static SubPlanContent content(List<SubPlanItem> items) {
		return new SubPlanContent("1/KH-X", null, null, null, null, List.of(), List.of(), items, List.of(), List.of());
	}

	@Test
	void submissionUpToTheEndOfTheDueDateIsOnTimeAndTheNextDayIsLate() {
		SubPlan onTime = SubPlan.draft(1L, 2L, content(List.of(new SubPlanItem("x", List.of(7L), null, null))), Instant.EPOCH);
		assertThat(onTime.submit(DUE, Set.of(7L), local(6, 30, 23, 59, 59), AGENCY, 1)).isZero();
		SubPlan late = SubPlan.draft(1L, 3L, content(List.of(new SubPlanItem("x", List.of(7L), null, null))), Instant.EPOCH);
		assertThat(late.submit(DUE, Set.of(7L), local(7, 1, 0, 0, 0), AGENCY, 1)).isEqualTo(1);
		assertThat(late.getDaysLate()).isEqualTo(1);
	}

	@Test
	void submissionNeedsItemsEachTiedToATaskGroupOfThePlan() {
		SubPlan empty = SubPlan.draft(1L, 2L, content(List.of()), Instant.EPOCH);
		assertThatThrownBy(() -> empty.submit(DUE, Set.of(7L), Instant.EPOCH, AGENCY, 1)).isInstanceOf(InvalidStateException.class)
			.hasMessage("subplan.error.noItems");
		SubPlan foreign = SubPlan.draft(1L, 2L, content(List.of(new SubPlanItem("x", List.of(99L), null, null))), Instant.EPOCH);
		assertThatThrownBy(() -> foreign.submit(DUE, Set.of(7L), Instant.EPOCH, AGENCY, 1))
			.hasMessage("subplan.error.itemWithoutTaskGroup");
	}

	@Test
	void returnedSubPlanIsCorrectedAndResubmittedKeepingTheFirstLateness() {
		SubPlan subPlan = SubPlan.draft(1L, 2L, content(List.of(new SubPlanItem("x", List.of(7L), null, null))), Instant.EPOCH);
		subPlan.submit(DUE, Set.of(7L), local(6, 20, 9, 0, 0), AGENCY, 1);
		assertThatThrownBy(() -> subPlan.edit(content(List.of()), Instant.EPOCH, AGENCY, "1/KH")).hasMessage("subplan.error.notEditable");
		assertThatThrownBy(() -> subPlan.returnWithReasons(" ", OFFICE, Instant.EPOCH))
			.hasMessage("subplan.error.reasonsRequired");
		subPlan.returnWithReasons("Bổ sung", OFFICE, local(6, 21, 9, 0, 0));
		assertThat(subPlan.getStatus()).isEqualTo(SubPlanStatus.RETURNED);
		subPlan.edit(content(List.of(new SubPlanItem("y", List.of(7L), null, null))), Instant.EPOCH, AGENCY, "1/KH");
		assertThat(subPlan.submit(DUE, Set.of(7L), local(7, 5, 9, 0, 0), AGENCY, 2)).isEqualTo(5);
		assertThat(subPlan.getDaysLate()).isZero();
		subPlan.accept(OFFICE, Instant.EPOCH);
		assertThat(subPlan.getStatus()).isEqualTo(SubPlanStatus.ACCEPTED);
		assertThatThrownBy(() -> subPlan.accept(OFFICE, Instant.EPOCH)).hasMessage("subplan.error.notSubmitted");
	}

}
