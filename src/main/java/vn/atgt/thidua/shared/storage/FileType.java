package vn.atgt.thidua.shared.storage;

import java.util.Locale;

/** The file types the application accepts, each with the content type it is served back as and its extension. */
public enum FileType {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg");

	private final String contentType;

	private final String extension;

	FileType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return this.extension;
	}

	/** True for the types that are ZIP archives underneath (checked for decompression bombs). */
	public boolean isArchive() {
		return this == DOCX || this == XLSX;
	}

	/** The type stored under this content type, or {@code null} for anything else. */
	public static FileType ofContentType(String contentType) {
		if (contentType == null) {
			return null;
		}
		String wanted = contentType.toLowerCase(Locale.ROOT).strip();
		for (FileType type : values()) {
			if (type.contentType.equals(wanted)) {
				return type;
			}
		}
		return null;
	}

	boolean matchesExtension(String lowerCaseName) {
		return lowerCaseName.endsWith("." + this.extension) || (this == JPEG && lowerCaseName.endsWith(".jpeg"));
	}

}
