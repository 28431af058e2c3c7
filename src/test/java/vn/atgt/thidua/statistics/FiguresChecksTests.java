package vn.atgt.thidua.statistics;


import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules that make figures agree with themselves (issue 14.3). */
class FiguresChecksTests {

	@Test
	void subCountsNeverExceedTheAccidents() {
		assertThat(FiguresChecks.subCountsAboveTotal(5, 50, 2, 5, 6, null))
			.containsOnlyKeys("especiallySerious", "drinkDriving");
		assertThat(FiguresChecks.subCountsAboveTotal(5, 5, 5, 5, 5, 5)).isEmpty();
	}

	@Test
	void implausiblyManyPeoplePerAccidentAreFlagged() {
		assertThat(FiguresChecks.implausible(new Counts(5, 51, 0))).isTrue();
		assertThat(FiguresChecks.implausible(new Counts(5, 5, 51))).isTrue();
		assertThat(FiguresChecks.implausible(new Counts(0, 0, 3))).isTrue();
		assertThat(FiguresChecks.implausible(new Counts(28, 27, 7))).isFalse();
	}

	@Test
	void previousFiguresAreJudgedAgainstTheStoredPeriod() {
		Counts stored = new Counts(34, 34, 13);
		assertThat(FiguresChecks.source(new Counts(34, 34, 13), stored, null)).isEqualTo(PreviousSource.STORED);
		assertThat(FiguresChecks.source(new Counts(99, 99, 99), stored, null)).isEqualTo(PreviousSource.UNCONFIRMED);
		assertThat(FiguresChecks.source(new Counts(99, 99, 99), stored, "Số liệu Công an đã đính chính"))
			.isEqualTo(PreviousSource.CONFIRMED);
		assertThat(FiguresChecks.source(new Counts(99, 99, 99), null, null)).isEqualTo(PreviousSource.ENTERED);
		assertThat(PreviousSource.UNCONFIRMED.judgeable()).isFalse();
	}

	@Test
	void aSubCountAboveTheAccidentsIsNeverStored() {
		FiguresData data = new FiguresData(PeriodType.YEAR, 2025, 0, java.time.LocalDate.of(2024, 12, 15),
				java.time.LocalDate.of(2025, 12, 14), new Counts(5, 1, 1), new Counts(5, 1, 1), 50, null, null, null,
				null, null, null);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> AccidentFigures.record(null, data, null, "x",
				java.time.Instant.now())).isInstanceOf(IllegalArgumentException.class);
	}

}
