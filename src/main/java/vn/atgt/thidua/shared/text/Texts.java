package vn.atgt.thidua.shared.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Text rules for Vietnamese input: NFC before storing, and a diacritic-free fold for search and duplicates. */
public final class Texts {

	private Texts() {
	}

	/** Trims and normalises to NFC; blank becomes null. */
	public static String clean(String value) {
		if (value == null) {
			return null;
		}
		String nfc = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
		return nfc.isEmpty() ? null : nfc;
	}

	/** Splits a text area into its non-blank lines, each cleaned. */
	public static List<String> lines(String value) {
		if (value == null) {
			return List.of();
		}
		return value.lines().map(Texts::clean).filter(line -> line != null).toList();
	}

	public static String joinLines(List<String> lines) {
		return lines == null ? "" : String.join("\n", lines);
	}

	/** "Sở Xây dựng" → "so xay dung": the same fold as the database's {@code fold_vi}. */
	public static String fold(String value) {
		if (value == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

}
