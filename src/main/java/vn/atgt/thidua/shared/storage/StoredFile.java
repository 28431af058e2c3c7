package vn.atgt.thidua.shared.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A stored upload as its owner's row keeps it: the clean display name, the content type found in the bytes, the
 * size, SHA-256 and the server-generated storage key. The name is cleaned again whenever one is made (also when
 * a row is loaded), so a name stored before the cleaning rule still shows and downloads safely.
 */
@Embeddable
public record StoredFile(@Column(name = "file_name") String name, @Column(name = "content_type") String contentType,
		@Column(name = "size_bytes") long size, @Column(name = "sha256") String sha256,
		@Column(name = "storage_key") String storageKey) {

	public StoredFile {
		name = FileNames.clean(name, FileType.ofContentType(contentType));
	}

	/** The accepted type this file was stored as, or {@code null} for a content type the application no longer serves. */
	public FileType type() {
		return FileType.ofContentType(this.contentType);
	}

}
