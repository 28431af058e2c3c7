package vn.atgt.thidua.document;

/** Numbering of a Vietnamese administrative text: I., II. for sections; 1., 2. for items; a), b) … đ) for points. */
public final class VnNumbering {

	/** The Vietnamese alphabet as used for points: no f, j, w, z; "đ" after "d". */
	static final String[] LETTERS = { "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q",
			"r", "s", "t", "u", "v", "x", "y" };

	private VnNumbering() {
	}

	/** 1 → "I", 4 → "IV", 12 → "XII". */
	public static String roman(int n) {
		if (n <= 0 || n >= 4000) {
			throw new IllegalArgumentException("roman numeral out of range: " + n);
		}
		int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder out = new StringBuilder();
		int rest = n;
		for (int i = 0; i < values.length; i++) {
			while (rest >= values[i]) {
				out.append(symbols[i]);
				rest -= values[i];
			}
		}
		return out.toString();
	}

	/** 1 → "a", 5 → "đ", 23 → "y", 24 → "aa" (beyond the alphabet the letters double, as some texts do). */
	public static String letter(int n) {
		if (n <= 0) {
			throw new IllegalArgumentException("letter index must be positive: " + n);
		}
		String base = LETTERS[(n - 1) % LETTERS.length];
		return base.repeat((n - 1) / LETTERS.length + 1);
	}

}
