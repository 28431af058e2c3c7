package vn.atgt.thidua.shared.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Tells a file's type from its bytes (never from its name or the browser's content type). */
public final class UploadCheck {

	/** The types the application accepts, with the content type it serves them back as. */
	public enum FileType {

		PDF("application/pdf"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), PNG("image/png"),
		JPEG("image/jpeg");

		private final String contentType;

		FileType(String contentType) {
			this.contentType = contentType;
		}

		public String contentType() {
			return this.contentType;
		}

	}

	public static final long MAX_BYTES = 20L * 1024 * 1024;

	private UploadCheck() {
	}

	/** The type of these bytes, or {@code null} if they are none of the accepted types. */
	public static FileType detect(byte[] bytes) {
		if (startsWith(bytes, "%PDF-".getBytes())) {
			return FileType.PDF;
		}
		if (startsWith(bytes, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
			return FileType.PNG;
		}
		if (startsWith(bytes, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return FileType.JPEG;
		}
		if (startsWith(bytes, new byte[] { 'P', 'K', 3, 4 })) {
			return zipType(bytes);
		}
		return null;
	}

	private static FileType zipType(byte[] bytes) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (entry.getName().startsWith("word/")) {
					return FileType.DOCX;
				}
				if (entry.getName().startsWith("xl/")) {
					return FileType.XLSX;
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return null;
		}
		return null;
	}

	/** A file name safe for {@code Content-Disposition}: no path, no control characters, at most 150 characters. */
	public static String sanitiseName(String name) {
		String base = name == null ? "file" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (base.isEmpty()) {
			base = "file";
		}
		return base.length() > 150 ? base.substring(base.length() - 150) : base;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes == null || bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
