package vn.atgt.thidua.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Vietnamese number printing: a dot between thousands ({@code 12.321}), a comma before decimals ({@code 17,6}). */
public final class VnNumbers {

	private VnNumbers() {
	}

	private static DecimalFormat format(String pattern) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat(pattern, symbols);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

	/** {@code 12321} → {@code 12.321}. */
	public static String integer(long value) {
		return format("#,##0").format(value);
	}

	/** One decimal, half up: {@code 17.647} → {@code 17,6}; {@code 1234.5} → {@code 1.234,5}. */
	public static String oneDecimal(BigDecimal value) {
		return format("#,##0.0").format(value.setScale(1, RoundingMode.HALF_UP));
	}

}
