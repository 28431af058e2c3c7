package vn.atgt.thidua.document;

import java.text.Normalizer;
import java.util.List;

/** Text rules for documents: NFC (decomposed marks misplace in both renderers), never null. */
final class DocText {

	private DocText() {
	}

	static String nfc(String value) {
		if (value == null) {
			return "";
		}
		String text = Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
				: Normalizer.normalize(value, Normalizer.Form.NFC);
		return text.strip();
	}

	static List<String> nfc(List<String> values) {
		return values == null ? List.of() : values.stream().map(DocText::nfc).filter(v -> !v.isEmpty()).toList();
	}

}
