package vn.atgt.thidua.nomination;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An uploaded file of a dossier (tờ trình, list, minutes, an achievement report…); every upload is kept. */
@Entity
@Table(name = "dossier_part")
public class DossierPart {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dossier_id")
	private Dossier dossier;

	private Long nomineeId;

	@Enumerated(EnumType.STRING)
	private PartKind kind;

	private String originalName;

	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	private String sha256;

	private String storageKey;

	private Instant uploadedAt;

	private String uploadedBy;

	protected DossierPart() {
	}

	DossierPart(Dossier dossier, PartKind kind, Long nomineeId, StoredUpload file, String by, Instant now) {
		this.dossier = dossier;
		this.kind = kind;
		this.nomineeId = nomineeId;
		this.originalName = file.originalName();
		this.contentType = file.contentType();
		this.size = file.size();
		this.sha256 = file.sha256();
		this.storageKey = file.storageKey();
		this.uploadedBy = by;
		this.uploadedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getNomineeId() {
		return this.nomineeId;
	}

	public PartKind getKind() {
		return this.kind;
	}

	public String getOriginalName() {
		return this.originalName;
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
