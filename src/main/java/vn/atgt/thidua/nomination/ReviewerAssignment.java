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

/** A reviewer put before a dossier by the office. */
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

	protected ReviewerAssignment() {
	}

	ReviewerAssignment(Dossier dossier, Long reviewerId, String reviewerName, Instant now) {
		this.dossier = dossier;
		this.reviewerId = reviewerId;
		this.reviewerName = reviewerName;
		this.assignedAt = now;
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
