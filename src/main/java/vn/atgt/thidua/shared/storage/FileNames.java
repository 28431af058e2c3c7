package vn.atgt.thidua.shared.storage;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The one rule for a file's display and download name: the last path segment of what the browser sent, in NFC,
 * without control, format (bidi overrides such as U+202E, zero-width) or reserved characters, without leading or
 * trailing dots, ending in the extension of the type found in its bytes, at most {@value #MAX_LENGTH} characters;
 * a name with nothing readable left becomes {@value #FALLBACK} plus that extension.
 */
public final class FileNames {

	static final int MAX_LENGTH = 150;

	static final String FALLBACK = "tep-dinh-kem";

	private FileNames() {
	}

	/** The clean name; {@code type} may be {@code null} (then no extension is enforced). Idempotent. */
	public static String clean(String original, FileType type) {
		String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC).replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		StringBuilder kept = new StringBuilder(name.length());
		name.codePoints().filter(FileNames::allowed).forEach(kept::appendCodePoint);
		name = kept.toString().replaceAll("\\s+", " ");
		if (!hasLetterOrDigit(withoutExtension(name, type))) {
			// only dots and spaces ("...", "...pdf"): nothing a person could read
			return type == null ? FALLBACK : FALLBACK + "." + type.extension();
		}
		name = trimDotsAndSpaces(name);
		String lower = name.toLowerCase(Locale.ROOT);
		if (type != null && !type.matchesExtension(lower)) {
			name = name.isEmpty() ? "" : name + "." + type.extension();
		}
		String extension = type == null ? "" : name.substring(name.lastIndexOf('.') + 1);
		String stem = type == null || name.isEmpty() ? name : trimDotsAndSpaces(name.substring(0, name.lastIndexOf('.')));
		if (!hasLetterOrDigit(stem)) {
			return type == null ? FALLBACK : FALLBACK + "." + type.extension();
		}
		int maxStem = MAX_LENGTH - (extension.isEmpty() ? 0 : extension.length() + 1);
		if (stem.codePointCount(0, stem.length()) > maxStem) {
			stem = trimDotsAndSpaces(stem.substring(0, stem.offsetByCodePoints(0, maxStem)));
		}
		return extension.isEmpty() ? stem : stem + "." + extension;
	}

	/** A plain ASCII form of a clean name for the {@code filename} parameter of old clients ("Tờ trình.pdf" → "To trinh.pdf"). */
	public static String ascii(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
			.replace('đ', 'd').replace('Đ', 'D');
		StringBuilder out = new StringBuilder(folded.length());
		for (char c : folded.toCharArray()) {
			out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' && c != ';' ? c : '_');
		}
		return out.toString();
	}

	/** RFC 5987 / 8187 {@code attachment; filename="…"; filename*=UTF-8''…} for a clean name. */
	public static String contentDisposition(String name) {
		String clean = clean(name, null);
		StringBuilder encoded = new StringBuilder();
		for (byte b : clean.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return "attachment; filename=\"" + ascii(clean) + "\"; filename*=UTF-8''" + encoded;
	}

	private static boolean allowed(int codePoint) {
		int kind = Character.getType(codePoint);
		if (kind == Character.CONTROL || kind == Character.FORMAT || kind == Character.LINE_SEPARATOR
				|| kind == Character.PARAGRAPH_SEPARATOR || kind == Character.PRIVATE_USE
				|| kind == Character.SURROGATE || kind == Character.UNASSIGNED) {
			return false;
		}
		return "\"<>|:*?/".indexOf(codePoint) < 0;
	}

	private static String withoutExtension(String name, FileType type) {
		if (type == null) {
			return name;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		for (String extension : new String[] { type.extension(), "jpeg" }) {
			if (lower.endsWith("." + extension) && (type == FileType.JPEG || extension.equals(type.extension()))) {
				return name.substring(0, name.length() - extension.length() - 1);
			}
		}
		return name;
	}

	private static String trimDotsAndSpaces(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && (text.charAt(start) == '.' || Character.isWhitespace(text.charAt(start)))) {
			start++;
		}
		while (end > start && (text.charAt(end - 1) == '.' || Character.isWhitespace(text.charAt(end - 1)))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean hasLetterOrDigit(String text) {
		return text.codePoints().anyMatch(Character::isLetterOrDigit);
	}

}
