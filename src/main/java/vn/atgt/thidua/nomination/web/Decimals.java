package vn.atgt.thidua.nomination.web;

import java.math.BigDecimal;

/** Reads a number as typed on the criteria and score forms: a dot or a comma before at most two decimals. */
final class Decimals {

	private Decimals() {
	}

	/** The number, or null when the text is not one (blank included). */
	static BigDecimal parse(String text) {
		if (text == null) {
			return null;
		}
		String trimmed = text.strip().replace(',', '.');
		if (!trimmed.matches("\\d{1,5}(\\.\\d{1,2})?")) {
			return null;
		}
		return new BigDecimal(trimmed);
	}

}
