package vn.atgt.thidua.document;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The fixed wording of documents (national name, motto, "Nơi nhận:", section names), read from the Vietnamese
 * bundle {@code messages/document.properties}: a Decree 30 document is Vietnamese whatever the reader's UI language.
 */
public final class DocumentTexts {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages/document", Locale.ROOT,
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	private DocumentTexts() {
	}

	public static String get(String key, Object... args) {
		String pattern = BUNDLE.getString(key);
		return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
	}

}
