package vn.atgt.thidua.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to an inspection or a year-end report; the bytes live in the file storage under its key. */
@Entity
@Table(name = "report_attachment")
public class ReportAttachment {

	/** What the file is attached to. */
	public enum OwnerType {

		INSPECTION, REPORT

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private OwnerType ownerType;

	private Long ownerId;

	private String fileName;

	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	private String sha256;

	private String storageKey;

	private Instant uploadedAt;

	private String uploadedBy;

	protected ReportAttachment() {
	}

	ReportAttachment(OwnerType ownerType, Long ownerId, String fileName, String contentType, long size, String sha256,
			String storageKey, Instant uploadedAt, String uploadedBy) {
		this.ownerType = ownerType;
		this.ownerId = ownerId;
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

	public OwnerType getOwnerType() {
		return this.ownerType;
	}

	public Long getOwnerId() {
		return this.ownerId;
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

	public String getUploadedBy() {
		return this.uploadedBy;
	}

}
