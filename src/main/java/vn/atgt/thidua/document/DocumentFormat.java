package vn.atgt.thidua.document;

import org.springframework.http.MediaType;

/** The two output formats of a document, with their media type and file extension. */
public enum DocumentFormat {

	PDF(MediaType.APPLICATION_PDF, "pdf"),
	DOCX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "docx");

	private final MediaType mediaType;

	private final String extension;

	DocumentFormat(MediaType mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public MediaType mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

}
