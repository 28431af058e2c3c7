package vn.atgt.thidua.notification;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Renders a message key with its stored arguments. An argument written {@code #{some.key}} is itself a message
 * key, translated in the reader's language (so "Kế hoạch thực hiện" reads "Implementation plan" in English).
 */
final class MessageArgs {

	private MessageArgs() {
	}

	static String render(MessageSource messages, String key, List<String> args, Locale locale) {
		Object[] resolved = args.stream().map(arg -> resolve(messages, arg, locale)).toArray();
		return messages.getMessage(key, resolved, key, locale);
	}

	/** Wraps a message key so it is translated when shown. */
	static String key(String messageKey) {
		return "#{" + messageKey + "}";
	}

	private static String resolve(MessageSource messages, String arg, Locale locale) {
		if (arg != null && arg.startsWith("#{") && arg.endsWith("}")) {
			String key = arg.substring(2, arg.length() - 1);
			return messages.getMessage(key, null, key, locale);
		}
		return arg;
	}

}
