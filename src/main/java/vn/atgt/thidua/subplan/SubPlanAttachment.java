package vn.atgt.thidua.subplan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to a sub-plan (the signed scan, a DOCX); the bytes live in the file storage under its key. */
@Entity
@Table(name = "subplan_attachment")
public class SubPlanAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long subplanId;

	private String fileName;

	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	private String sha256;

	private String storageKey;

	private Instant uploadedAt;

	private String uploadedBy;

	protected SubPlanAttachment() {
	}

	SubPlanAttachment(Long subplanId, String fileName, String contentType, long size, String sha256,
			String storageKey, Instant uploadedAt, String uploadedBy) {
		this.subplanId = subplanId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
		this.storageKey = storageKey;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	public Long getId() {
		return this.id;
	}

	public Long getSubplanId() {
		return this.subplanId;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSize() {
		return this.size;
	}

	public String getSha256() {
		return this.sha256;
	}

	public String getStorageKey() {
		return this.storageKey;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

}
