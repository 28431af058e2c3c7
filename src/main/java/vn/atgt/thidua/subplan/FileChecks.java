package vn.atgt.thidua.subplan;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

import vn.atgt.thidua.shared.storage.UploadCheck;

/** File type from the bytes (never the name or the browser's claim), SHA-256, and a safe display name. */
final class FileChecks {

	static final long MAX_BYTES = UploadCheck.MAX_BYTES;

	static final String PDF = "application/pdf";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private FileChecks() {
	}

	/** {@link #PDF}, {@link #DOCX}, or {@code null} when the bytes are neither (sniffed by the shared {@link UploadCheck}). */
	static String detectType(byte[] bytes) {
		UploadCheck.FileType type = UploadCheck.detect(bytes);
		return type == UploadCheck.FileType.PDF || type == UploadCheck.FileType.DOCX ? type.contentType() : null;
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



}
