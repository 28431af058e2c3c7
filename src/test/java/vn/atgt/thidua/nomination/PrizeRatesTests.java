package vn.atgt.thidua.nomination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.nomination.PrizeRates.Coefficient;
import vn.atgt.thidua.nomination.PrizeRates.Prize;
import vn.atgt.thidua.nomination.PrizeRates.Salary;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule 19: coefficient × base salary in force on the decision date, rounded up to the nearest 10,000 đồng. */
class PrizeRatesTests {

	static final Long BANG_KHEN = 1L;

	static final Long CO_THI_DUA = 2L;

	PrizeRates rates = new PrizeRates(
			List.of(new Salary(LocalDate.of(2023, 7, 1), 1_800_000), new Salary(LocalDate.of(2024, 7, 1), 2_340_000)),
			List.of(new Coefficient(BANG_KHEN, SubjectType.INDIVIDUAL, LocalDate.of(2025, 7, 1), new BigDecimal("1.50")),
					new Coefficient(BANG_KHEN, SubjectType.COLLECTIVE, LocalDate.of(2025, 7, 1), new BigDecimal("3.00")),
					new Coefficient(CO_THI_DUA, SubjectType.COLLECTIVE, LocalDate.of(2023, 12, 31),
							new BigDecimal("8.00")),
					new Coefficient(BANG_KHEN, SubjectType.INDIVIDUAL, LocalDate.of(2026, 1, 1),
							new BigDecimal("1.75"))));

	@Test
	void amountIsRoundedUpToTheNextTenThousandDong() {
		// 1.5 × 2,340,000 = 3,510,000: already a multiple
		assertThat(PrizeRates.amount(new BigDecimal("1.5"), 2_340_000)).isEqualTo(3_510_000);
		// 0.3 × 1,800,000 = 540,000; 0.8 × 2,340,000 = 1,872,000 → 1,880,000
		assertThat(PrizeRates.amount(new BigDecimal("0.3"), 1_800_000)).isEqualTo(540_000);
		assertThat(PrizeRates.amount(new BigDecimal("0.8"), 2_340_000)).isEqualTo(1_880_000);
		// one đồng over a multiple goes up a whole step; never down
		assertThat(PrizeRates.amount(BigDecimal.ONE, 2_340_001)).isEqualTo(2_350_000);
		assertThat(PrizeRates.amount(new BigDecimal("1.75"), 2_340_000)).isEqualTo(4_100_000);
		assertThat(PrizeRates.amount(new BigDecimal("0.01"), 1)).isEqualTo(10_000);
	}

	@Test
	void usesTheRowsInForceOnTheDecisionDate() {
		assertThat(this.rates.salaryOn(LocalDate.of(2024, 6, 30))).map(Salary::amount).contains(1_800_000L);
		assertThat(this.rates.salaryOn(LocalDate.of(2024, 7, 1))).map(Salary::amount).contains(2_340_000L);
		assertThat(this.rates.prize(LocalDate.of(2025, 7, 1), BANG_KHEN, SubjectType.INDIVIDUAL))
			.contains(new Prize(3_510_000, new BigDecimal("1.50"), 2_340_000));
		assertThat(this.rates.prize(LocalDate.of(2025, 12, 31), BANG_KHEN, SubjectType.COLLECTIVE))
			.map(Prize::amount).contains(7_020_000L);
		// a newer coefficient takes over from its date on
		assertThat(this.rates.prize(LocalDate.of(2026, 1, 1), BANG_KHEN, SubjectType.INDIVIDUAL))
			.map(Prize::amount).contains(4_100_000L);
		// the Cờ thi đua of the older table with the old base salary
		assertThat(this.rates.prize(LocalDate.of(2024, 1, 15), CO_THI_DUA, SubjectType.COLLECTIVE))
			.map(Prize::amount).contains(14_400_000L);
	}

	@Test
	void noRateInForceMeansNoAmountNotZero() {
		// before the first Bằng khen coefficient
		assertThat(this.rates.prize(LocalDate.of(2025, 6, 30), BANG_KHEN, SubjectType.INDIVIDUAL)).isEmpty();
		// before the first base salary
		assertThat(this.rates.prize(LocalDate.of(2023, 6, 30), CO_THI_DUA, SubjectType.COLLECTIVE)).isEmpty();
		// a form or subject without a row
		assertThat(this.rates.prize(LocalDate.of(2026, 6, 1), CO_THI_DUA, SubjectType.INDIVIDUAL)).isEmpty();
		assertThat(this.rates.prize(LocalDate.of(2026, 6, 1), 99L, SubjectType.COLLECTIVE)).isEmpty();
	}

	@Test
	void submissionTotalCountsKnownAmountsAndSaysHowManyAreUnknown() {
		List<NomineePrize> nominees = List.of(
				new NomineePrize(10L, BANG_KHEN, SubjectType.INDIVIDUAL, NomineeStatus.PASSED, null, null, null),
				new NomineePrize(11L, BANG_KHEN, SubjectType.COLLECTIVE, NomineeStatus.PASSED, null, null, null),
				new NomineePrize(12L, CO_THI_DUA, SubjectType.INDIVIDUAL, NomineeStatus.PASSED, null, null, null));
		PrizeMoney estimate = PrizeMoney.estimate(nominees, this.rates, LocalDate.of(2025, 9, 1));
		assertThat(estimate.amountOf(10L)).isEqualTo(3_510_000L);
		assertThat(estimate.amountOf(11L)).isEqualTo(7_020_000L);
		assertThat(estimate.counts(12L)).isTrue();
		assertThat(estimate.amountOf(12L)).isNull();
		assertThat(estimate.total()).isEqualTo(10_530_000L);
		assertThat(estimate.unknown()).isEqualTo(1);
		assertThat(estimate.isComplete()).isFalse();
		assertThat(estimate.fixed()).isFalse();
	}

	@Test
	void decidedSubmissionShowsTheFixedAmountsAndTotalsTheAwardsInForce() {
		List<NomineePrize> nominees = List.of(
				new NomineePrize(10L, BANG_KHEN, SubjectType.INDIVIDUAL, NomineeStatus.AWARDED, 3_510_000L,
						new BigDecimal("1.50"), 2_340_000L),
				new NomineePrize(11L, BANG_KHEN, SubjectType.COLLECTIVE, NomineeStatus.NOT_AWARDED, null, null, null),
				new NomineePrize(12L, BANG_KHEN, SubjectType.COLLECTIVE, NomineeStatus.REVOKED, 7_020_000L,
						new BigDecimal("3.00"), 2_340_000L));
		PrizeMoney fixed = PrizeMoney.fixed(nominees, LocalDate.of(2025, 9, 1));
		assertThat(fixed.fixed()).isTrue();
		assertThat(fixed.counts(11L)).isFalse();
		assertThat(fixed.amountOf(12L)).isEqualTo(7_020_000L);
		assertThat(fixed.total()).isEqualTo(3_510_000L);
		assertThat(fixed.isComplete()).isTrue();
	}

}
