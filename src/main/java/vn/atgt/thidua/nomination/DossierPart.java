package vn.atgt.thidua.nomination;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

import vn.atgt.thidua.shared.storage.StoredFile;

/** An uploaded file of a dossier (tờ trình, list, minutes, an achievement report…); while the dossier is editable the agency may replace or delete it. */
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

	@Embedded
	@AttributeOverride(name = "name", column = @Column(name = "original_name"))
	private StoredFile file;

	private Instant uploadedAt;

	private String uploadedBy;

	protected DossierPart() {
	}

	DossierPart(Dossier dossier, PartKind kind, Long nomineeId, StoredFile file, String by, Instant now) {
		this.dossier = dossier;
		this.kind = kind;
		this.nomineeId = nomineeId;
		this.file = file;
		this.uploadedBy = by;
		this.uploadedAt = now;
	}

	/** Another file in the same place; returns the one it replaces. */
	StoredFile replace(StoredFile file, String by, Instant now) {
		StoredFile old = this.file;
		this.file = file;
		this.uploadedBy = by;
		this.uploadedAt = now;
		return old;
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

	public StoredFile getFile() {
		return this.file;
	}

	public String getOriginalName() {
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
