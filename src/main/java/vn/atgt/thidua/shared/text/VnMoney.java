package vn.atgt.thidua.shared.text;

/**
 * Amounts of money the Vietnamese way, for pages ({@code ${T(vn.atgt.thidua.shared.text.VnMoney).dong(x)}}) and
 * documents alike: thousands separated by dots, "2.340.000 đồng". Written by hand, not through a locale, so the
 * result does not depend on the JDK's locale data.
 */
public final class VnMoney {

	private VnMoney() {
	}

	/** {@code 2340000} → "2.340.000"; null → "". */
	public static String figures(Long amount) {
		if (amount == null) {
			return "";
		}
		String digits = Long.toString(Math.abs(amount));
		StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3);
		int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
		grouped.append(digits, 0, first);
		for (int i = first; i < digits.length(); i += 3) {
			grouped.append('.').append(digits, i, i + 3);
		}
		return amount < 0 ? "-" + grouped : grouped.toString();
	}

	/** {@code 2340000} → "2.340.000 đồng"; null → "". */
	public static String dong(Long amount) {
		return amount == null ? "" : figures(amount) + " đồng";
	}

	/**
	 * Reads an amount typed with or without dot or space separators ("2.340.000", "2 340 000", "2340000"); null when
	 * it is not a whole number of đồng written that way.
	 */
	public static Long parse(String typed) {
		if (typed == null) {
			return null;
		}
		String text = typed.strip();
		if (!text.matches("\\d{1,3}([. ]\\d{3})+|\\d+")) {
			return null;
		}
		String digits = text.replaceAll("[. ]", "").replaceFirst("^0+(?=\\d)", "");
		return digits.length() > 15 ? null : Long.valueOf(digits);
	}

}
