package vn.atgt.thidua.statistics.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import vn.atgt.thidua.statistics.PeriodType;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures window follows a changed period (issue 14.2); a window outside the period's year is refused. */
class FiguresFormPeriodTests {

	@Test
	void defaultWindowFollowsTheYear() {
		FiguresForm form = FiguresForm.blank(2025);
		assertThat(form.getPeriodStart()).isEqualTo(LocalDate.of(2024, 12, 15));
		form.setPeriodYear(2026);
		form.followPeriod();
		assertThat(form.getPeriodStart()).isEqualTo(LocalDate.of(2025, 12, 15));
		assertThat(form.getPeriodEnd()).isEqualTo(LocalDate.of(2026, 12, 14));
	}

	@Test
	void defaultWindowFollowsTheType() {
		FiguresForm form = FiguresForm.blank(2025);
		form.setPeriodType(PeriodType.HALF_YEAR);
		form.followPeriod();
		assertThat(form.getPeriodEnd()).isEqualTo(LocalDate.of(2025, 6, 14));
	}

	@Test
	void aWindowTheUserTypedIsKeptAndRefusedWhenOutsideTheYear() {
		FiguresForm form = FiguresForm.blank(2025);
		form.setPeriodStart(LocalDate.of(2025, 1, 1));
		form.setPeriodEnd(LocalDate.of(2025, 12, 31));
		form.setPeriodYear(2026);
		form.followPeriod();
		assertThat(form.getPeriodStart()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(form.getPeriodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "figuresForm");
		new FiguresFormValidator().validate(form, errors);
		assertThat(errors.getFieldError("periodEnd").getCode()).isEqualTo("stats.validation.endOutsideYear");
		assertThat(errors.getFieldErrors("periodStart")).isEmpty();
	}

}
