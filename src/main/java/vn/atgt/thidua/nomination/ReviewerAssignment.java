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

/** A reviewer put before a dossier by the office; a reviewer who recused keeps the row, with when and why. */
@Entity
@Table(name = "dossier_reviewer")
public class ReviewerAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dossier_id")
	private Dossier dossier;

	private Long reviewerId;

	private String reviewerName;

	private Instant assignedAt;

	private Instant recusedAt;

	private String recusalReason;

	protected ReviewerAssignment() {
	}

	ReviewerAssignment(Dossier dossier, Long reviewerId, String reviewerName, Instant now) {
		this.dossier = dossier;
		this.reviewerId = reviewerId;
		this.reviewerName = reviewerName;
		this.assignedAt = now;
	}

	void recuse(String reason, Instant now) {
		this.recusedAt = now;
		this.recusalReason = reason;
	}

	/** Still before the dossier: not recused. */
	public boolean isActive() {
		return this.recusedAt == null;
	}

	public Instant getRecusedAt() {
		return this.recusedAt;
	}

	public String getRecusalReason() {
		return this.recusalReason;
	}

	public Long getReviewerId() {
		return this.reviewerId;
	}

	public String getReviewerName() {
		return this.reviewerName;
	}

	public Instant getAssignedAt() {
		return this.assignedAt;
	}

}
