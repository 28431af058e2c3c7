package vn.atgt.thidua.subplan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** File type from the bytes (never the name or the browser's claim), SHA-256, and a safe display name. */
final class FileChecks {

	static final long MAX_BYTES = 20L * 1024 * 1024;

	static final String PDF = "application/pdf";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private FileChecks() {
	}

	/** {@link #PDF}, {@link #DOCX}, or {@code null} when the bytes are neither. */
	static String detectType(byte[] bytes) {
		if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return PDF;
		}
		if (startsWith(bytes, new byte[] { 'P', 'K', 3, 4 }) && hasZipEntry(bytes, "word/document.xml")) {
			return DOCX;
		}
		return null;
	}

	/** The last path segment of the browser's name, without control characters or quotes; never empty. */
	static String safeName(String original, String contentType) {
		String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC).replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.isBlank()) {
			name = "tep-dinh-kem" + (PDF.equals(contentType) ? ".pdf" : ".docx");
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean hasZipEntry(byte[] bytes, String entryName) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			int seen = 0;
			while ((entry = zip.getNextEntry()) != null && seen++ < 1000) {
				if (entryName.equals(entry.getName())) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}
