package vn.atgt.thidua.statistics;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChangeTests {

	@Test
	void decreaseIsPrintedAsInTheCommitteeReport() {
		assertThat(Change.of(34, 28).describe(Unit.ACCIDENTS)).isEqualTo("giảm 6 vụ (-17,6%)");
		assertThat(Change.of(34, 27).describe(Unit.PEOPLE)).isEqualTo("giảm 7 người (-20,6%)");
		assertThat(Change.of(13, 7).describe(Unit.PEOPLE)).isEqualTo("giảm 6 người (-46,2%)");
	}

	@Test
	void increaseCarriesAPlusSignAndOneDecimalEvenWhenRound() {
		assertThat(Change.of(40, 42).describe(Unit.PEOPLE)).isEqualTo("tăng 2 người (+5,0%)");
	}

	@Test
	void noChangeIsSaidInWords() {
		assertThat(Change.of(12, 12).describe(Unit.ACCIDENTS)).isEqualTo("không thay đổi");
		assertThat(Change.of(0, 0).describe(Unit.ACCIDENTS)).isEqualTo("không thay đổi");
		assertThat(Change.of(12, 12).direction()).isEqualTo(Change.Direction.UNCHANGED);
		assertThat(Change.of(12, 12).percentText()).isEqualTo("0,0%");
	}

	@Test
	void zeroBaselinePrintsTheChangeWithoutPercentage() {
		Change change = Change.of(0, 3);
		assertThat(change.hasPercent()).isFalse();
		assertThat(change.percent()).isNull();
		assertThat(change.reductionPercent()).isNull();
		assertThat(change.percentText()).isEmpty();
		assertThat(change.describe(Unit.ACCIDENTS)).isEqualTo("tăng 3 vụ");
	}

	@Test
	void dropToZeroIsMinusHundredPercent() {
		assertThat(Change.of(5, 0).describe(Unit.PEOPLE)).isEqualTo("giảm 5 người (-100,0%)");
	}

	@ParameterizedTest
	@CsvSource({ "8, 7, -12.5", "3, 2, -33.3", "3, 4, 33.3", "6, 5, -16.7", "7, 6, -14.3", "40, 41, 2.5",
			"2000, 2001, 0.1", "20000, 20001, 0.0", "2000, 1999, -0.1", "16, 15, -6.3", "16, 17, 6.3" })
	void percentIsRoundedToOneDecimalHalfUpAwayFromZero(long previous, long current, String expected) {
		assertThat(Change.of(previous, current).percent()).isEqualByComparingTo(new BigDecimal(expected));
	}

	@Test
	void halfwayValuesRoundUpInMagnitude() {
		// 1/16 = 6.25 % → 6,3 %; -6.25 % → -6,3 %
		assertThat(Change.of(16, 17).percentText()).isEqualTo("+6,3%");
		assertThat(Change.of(16, 15).percentText()).isEqualTo("-6,3%");
	}

	@Test
	void largeNumbersUseDotsBetweenThousands() {
		Change change = Change.of(10_000, 12_321);
		assertThat(change.delta()).isEqualTo(2_321);
		assertThat(change.describe(Unit.ACCIDENTS)).isEqualTo("tăng 2.321 vụ (+23,2%)");
		assertThat(Change.of(1_000_000, 0).describe(Unit.PEOPLE)).isEqualTo("giảm 1.000.000 người (-100,0%)");
		assertThat(Change.of(100, 1_333_400).percentText()).isEqualTo("+1.333.300,0%");
	}

	@Test
	void reductionPercentIsPositiveWhenCountsFall() {
		assertThat(Change.of(34, 28).reductionPercent()).isEqualByComparingTo("17.6");
		assertThat(Change.of(40, 42).reductionPercent()).isEqualByComparingTo("-5.0");
	}

	@Test
	void negativeCountsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Change.of(-1, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> Change.of(3, -1));
		assertThatIllegalArgumentException().isThrownBy(() -> new Counts(1, -1, 0));
	}

	@Test
	void downOnAllThreeOnlyWhenEveryCriterionDecreased() {
		HeadlineChange all = HeadlineChange.of(new Counts(34, 34, 13), new Counts(28, 27, 7));
		assertThat(all.downOnAllThree()).isTrue();
		assertThat(all.describe()).isEqualTo(
				"giảm 6 vụ (-17,6%), giảm 7 người chết (-20,6%), giảm 6 người bị thương (-46,2%)");
		assertThat(HeadlineChange.of(new Counts(34, 34, 13), new Counts(28, 34, 7)).downOnAllThree()).isFalse();
		assertThat(HeadlineChange.of(new Counts(34, 34, 13), new Counts(28, 27, 14)).downOnAllThree()).isFalse();
		assertThat(HeadlineChange.of(new Counts(0, 0, 0), new Counts(0, 0, 0)).downOnAllThree()).isFalse();
	}

	@Test
	void numbersPrintTheVietnameseWay() {
		assertThat(VnNumbers.integer(12321)).isEqualTo("12.321");
		assertThat(VnNumbers.integer(5)).isEqualTo("5");
		assertThat(VnNumbers.integer(-1234567)).isEqualTo("-1.234.567");
		assertThat(VnNumbers.oneDecimal(new BigDecimal("17.647"))).isEqualTo("17,6");
		assertThat(VnNumbers.oneDecimal(new BigDecimal("1234.55"))).isEqualTo("1.234,6");
		assertThat(VnNumbers.oneDecimal(new BigDecimal("0.05"))).isEqualTo("0,1");
	}

}
