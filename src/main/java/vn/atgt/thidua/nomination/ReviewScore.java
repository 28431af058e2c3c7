package vn.atgt.thidua.nomination;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A reviewer's score of one nominee on one criterion of its award form; a later save replaces it. */
@Entity
@Table(name = "review_score")
public class ReviewScore {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dossier_id")
	private Dossier dossier;

	private Long nomineeId;

	private Long reviewerId;

	private Long criterionId;

	private BigDecimal score;

	private Instant recordedAt;

	protected ReviewScore() {
	}

	ReviewScore(Dossier dossier, Long nomineeId, Long reviewerId, Long criterionId) {
		this.dossier = dossier;
		this.nomineeId = nomineeId;
		this.reviewerId = reviewerId;
		this.criterionId = criterionId;
	}

	void record(BigDecimal score, Instant now) {
		this.score = score;
		this.recordedAt = now;
	}

	boolean of(Long nomineeId, Long reviewerId) {
		return this.nomineeId.equals(nomineeId) && this.reviewerId.equals(reviewerId);
	}

	public Long getNomineeId() {
		return this.nomineeId;
	}

	public Long getReviewerId() {
		return this.reviewerId;
	}

	public Long getCriterionId() {
		return this.criterionId;
	}

	public BigDecimal getScore() {
		return this.score;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
