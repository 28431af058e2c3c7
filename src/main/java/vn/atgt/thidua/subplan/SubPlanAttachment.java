package vn.atgt.thidua.subplan;

import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.shared.storage.StoredFile;

/** A file attached to a sub-plan (the signed scan, a DOCX); the bytes live in the file storage under its key. */
@Entity
@Table(name = "subplan_attachment")
public class SubPlanAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long subplanId;

	@Embedded
	private StoredFile file;

	private Instant uploadedAt;

	private String uploadedBy;

	protected SubPlanAttachment() {
	}

	SubPlanAttachment(Long subplanId, StoredFile file, Instant uploadedAt, String uploadedBy) {
		this.subplanId = subplanId;
		this.file = file;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	public Long getId() {
		return this.id;
	}

	public Long getSubplanId() {
		return this.subplanId;
	}

	public StoredFile getFile() {
		return this.file;
	}

	public String getFileName() {
		return this.file.name();
	}

	public long getSize() {
		return this.file.size();
	}

	public String getSha256() {
		return this.file.sha256();
	}

	public String getStorageKey() {
		return this.file.storageKey();
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

}
