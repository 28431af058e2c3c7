package vn.atgt.thidua.nomination;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One round of "trả lại để bổ sung": the written list of missing items, and when the agency resubmitted. */
@Entity
@Table(name = "dossier_return")
public class DossierReturn {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dossier_id")
	private Dossier dossier;

	private int round;

	private String missingItems;

	private Instant returnedAt;

	private String returnedBy;

	private Instant resubmittedAt;

	protected DossierReturn() {
	}

	DossierReturn(Dossier dossier, int round, String missingItems, String by, Instant now) {
		this.dossier = dossier;
		this.round = round;
		this.missingItems = missingItems;
		this.returnedBy = by;
		this.returnedAt = now;
	}

	void resubmitted(Instant now) {
		this.resubmittedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public int getRound() {
		return this.round;
	}

	public String getMissingItems() {
		return this.missingItems;
	}

	public Instant getReturnedAt() {
		return this.returnedAt;
	}

	public String getReturnedBy() {
		return this.returnedBy;
	}

	public Instant getResubmittedAt() {
		return this.resubmittedAt;
	}

}
