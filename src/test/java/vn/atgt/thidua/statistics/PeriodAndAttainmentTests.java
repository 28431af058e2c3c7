package vn.atgt.thidua.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodAndAttainmentTests {

	private static final BigDecimal FIVE = BigDecimal.valueOf(5);

	private static final BigDecimal TEN = BigDecimal.valueOf(10);

	@Test
	void yearRunsFromFifteenDecemberOfThePreviousYear() {
		assertThat(PeriodType.YEAR.defaultWindow(2024, 0))
			.isEqualTo(new PeriodType.Window(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 12, 14)));
		assertThat(PeriodType.HALF_YEAR.defaultWindow(2024, 0))
			.isEqualTo(new PeriodType.Window(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 6, 14)));
		assertThat(PeriodType.NINE_MONTHS.defaultWindow(2021, 0))
			.isEqualTo(new PeriodType.Window(LocalDate.of(2020, 12, 15), LocalDate.of(2021, 9, 14)));
	}

	@Test
	void monthsAndQuartersStartOnTheFifteenthOfThePreviousMonth() {
		assertThat(PeriodType.MONTH.defaultWindow(2021, 9))
			.isEqualTo(new PeriodType.Window(LocalDate.of(2021, 8, 15), LocalDate.of(2021, 9, 14)));
		assertThat(PeriodType.MONTH.defaultWindow(2024, 1))
			.isEqualTo(new PeriodType.Window(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 1, 14)));
		assertThat(PeriodType.QUARTER.defaultWindow(2024, 1))
			.isEqualTo(new PeriodType.Window(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 3, 14)));
		assertThat(PeriodType.QUARTER.defaultWindow(2024, 4))
			.isEqualTo(new PeriodType.Window(LocalDate.of(2024, 9, 15), LocalDate.of(2024, 12, 14)));
	}

	@Test
	void reductionBelowTheRangeIsNotMet() {
		assertThat(Attainment.of(Change.of(100, 96), FIVE, TEN)).isEqualTo(Attainment.NOT_MET);
		assertThat(Attainment.of(Change.of(100, 104), FIVE, TEN)).isEqualTo(Attainment.NOT_MET);
	}

	@Test
	void reductionWithinTheRangeIsMetIncludingItsBounds() {
		assertThat(Attainment.of(Change.of(100, 95), FIVE, TEN)).isEqualTo(Attainment.MET);
		assertThat(Attainment.of(Change.of(100, 90), FIVE, TEN)).isEqualTo(Attainment.MET);
		assertThat(Attainment.of(Change.of(41, 37), FIVE, TEN)).isEqualTo(Attainment.MET);
	}

	@Test
	void reductionAboveTheRangeIsExceeded() {
		assertThat(Attainment.of(Change.of(100, 89), FIVE, TEN)).isEqualTo(Attainment.EXCEEDED);
		assertThat(Attainment.of(Change.of(100, 89), FIVE, null)).isEqualTo(Attainment.MET);
	}

	@Test
	void qualitativeTargetsAndMissingFiguresAreSaidSo() {
		assertThat(Attainment.of(Change.of(100, 89), null, null)).isEqualTo(Attainment.QUALITATIVE);
		assertThat(Attainment.of(null, FIVE, TEN)).isEqualTo(Attainment.NO_DATA);
		assertThat(Attainment.of(Change.of(0, 2), FIVE, TEN)).isEqualTo(Attainment.NO_DATA);
	}

}
