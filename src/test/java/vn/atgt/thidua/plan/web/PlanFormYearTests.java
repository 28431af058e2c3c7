package vn.atgt.thidua.plan.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates follow the plan's year (issue 14.2): those still in the old year move, the user's own are kept and checked. */
class PlanFormYearTests {

	private static PlanForm form2024() {
		PlanForm form = new PlanForm();
		form.setYear(2024);
		form.setDatesYear(2024);
		form.setStartDate(LocalDate.of(2024, 1, 1));
		form.setSubPlanDueDate(LocalDate.of(2024, 6, 30));
		form.setEndDate(LocalDate.of(2024, 12, 31));
		form.setNominationDueDate(LocalDate.of(2025, 1, 15));
		return form;
	}

	@Test
	void datesInTheOldYearMoveWithTheYear() {
		PlanForm form = form2024();
		form.setYear(2026);
		assertThat(form.followYear()).isTrue();
		assertThat(form.getStartDate()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(form.getSubPlanDueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(form.getEndDate()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(form.getDatesYear()).isEqualTo(2026);
	}

	@Test
	void aDateTheUserPutInAnotherYearIsKeptAndThenRefusedIfOutsideTheYear() {
		PlanForm form = form2024();
		form.setYear(2026);
		form.followYear();
		assertThat(form.getNominationDueDate()).isEqualTo(LocalDate.of(2025, 1, 15));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "planForm");
		new PlanFormValidator().validate(form, errors);
		assertThat(errors.getFieldError("nominationDueDate").getCode()).isEqualTo("plan.validation.dateOutsideYearOrNext");
		assertThat(errors.getFieldErrors("nominationDueDate")).hasSize(1);
		assertThat(errors.getFieldErrors("startDate")).isEmpty();
		assertThat(errors.getFieldErrors("endDate")).isEmpty();
	}

	@Test
	void nothingMovesWhenTheYearIsUnchanged() {
		PlanForm form = form2024();
		assertThat(form.followYear()).isFalse();
		assertThat(form.getStartDate()).isEqualTo(LocalDate.of(2024, 1, 1));
	}

	@Test
	void eachDateOutsideTheYearGetsOneMessage() {
		PlanForm form = form2024();
		form.setDatesYear(null);
		form.setYear(2025);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "planForm");
		new PlanFormValidator().validate(form, errors);
		assertThat(errors.getFieldErrors("startDate")).hasSize(1);
		assertThat(errors.getFieldErrors("subPlanDueDate")).hasSize(1);
		assertThat(errors.getFieldErrors("endDate")).hasSize(1);
		assertThat(errors.getFieldErrors("nominationDueDate")).isEmpty();
	}

}
