package vn.atgt.thidua.shared.storage;

import java.util.EnumSet;
import java.util.Set;

/** What one kind of upload accepts: its types (checked from the bytes), its size limit, and the refusal for a wrong type. */
public record UploadPolicy(Set<FileType> types, long maxBytes, String badTypeKey) {

	public static final long MAX_BYTES = 20L * 1024 * 1024;

	/** Sub-plan scans and dossier parts: PDF or DOCX. */
	public static final UploadPolicy DOCUMENTS = new UploadPolicy(EnumSet.of(FileType.PDF, FileType.DOCX), MAX_BYTES,
			"upload.refused.badType.documents");

	/** Inspection and year-end report attachments: PDF, DOCX, JPEG or PNG. */
	public static final UploadPolicy DOCUMENTS_AND_IMAGES = new UploadPolicy(
			EnumSet.of(FileType.PDF, FileType.DOCX, FileType.JPEG, FileType.PNG), MAX_BYTES,
			"upload.refused.badType.documentsOrImages");

	/** Imports from the .xlsx templates. */
	public static final UploadPolicy SPREADSHEET = new UploadPolicy(EnumSet.of(FileType.XLSX), MAX_BYTES,
			"upload.refused.badType.spreadsheet");

	public UploadPolicy {
		types = Set.copyOf(types);
	}

}
