package vn.atgt.thidua.report;

import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.shared.storage.StoredFile;

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

	@Embedded
	private StoredFile file;

	private Instant uploadedAt;

	private String uploadedBy;

	protected ReportAttachment() {
	}

	ReportAttachment(OwnerType ownerType, Long ownerId, StoredFile file, Instant uploadedAt, String uploadedBy) {
		this.ownerType = ownerType;
		this.ownerId = ownerId;
		this.file = file;
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

	public String getUploadedBy() {
		return this.uploadedBy;
	}

}
