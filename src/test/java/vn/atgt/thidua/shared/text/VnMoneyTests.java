package vn.atgt.thidua.shared.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VnMoneyTests {

	@Test
	void printsThousandsSeparatedByDotsAndTheWordDong() {
		assertThat(VnMoney.dong(2_340_000L)).isEqualTo("2.340.000 đồng");
		assertThat(VnMoney.dong(0L)).isEqualTo("0 đồng");
		assertThat(VnMoney.figures(999L)).isEqualTo("999");
		assertThat(VnMoney.figures(1_000L)).isEqualTo("1.000");
		assertThat(VnMoney.figures(10_530_000L)).isEqualTo("10.530.000");
		assertThat(VnMoney.figures(123_456_789_012L)).isEqualTo("123.456.789.012");
		assertThat(VnMoney.figures(-1_500L)).isEqualTo("-1.500");
		assertThat(VnMoney.dong(null)).isEmpty();
	}

	@Test
	void readsAnAmountTypedWithOrWithoutSeparators() {
		assertThat(VnMoney.parse("2.340.000")).isEqualTo(2_340_000L);
		assertThat(VnMoney.parse("2 340 000")).isEqualTo(2_340_000L);
		assertThat(VnMoney.parse(" 2340000 ")).isEqualTo(2_340_000L);
		assertThat(VnMoney.parse("00000000000000002340000")).isEqualTo(2_340_000L);
		assertThat(VnMoney.parse("0")).isZero();
		assertThat(VnMoney.parse("1234567890123456")).isNull();
		assertThat(VnMoney.parse("2.34.000")).isNull();
		assertThat(VnMoney.parse("2,340,000")).isNull();
		assertThat(VnMoney.parse("-5")).isNull();
		assertThat(VnMoney.parse("abc")).isNull();
		assertThat(VnMoney.parse(null)).isNull();
	}

}
