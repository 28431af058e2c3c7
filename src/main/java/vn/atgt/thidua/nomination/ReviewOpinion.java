package vn.atgt.thidua.nomination;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A reviewer's opinion on one nominee (passes or not, with a comment); the latest one per reviewer counts. */
@Entity
@Table(name = "review_opinion")
public class ReviewOpinion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dossier_id")
	private Dossier dossier;

	private Long nomineeId;

	private Long reviewerId;

	private String reviewerName;

	private boolean passes;

	@Column(name = "comment")
	private String comment;

	private Instant recordedAt;

	/** The reviewer's own note: shown to the office and its author, never to the agency or another reviewer. */
	private String privateNote;

	protected ReviewOpinion() {
	}

	ReviewOpinion(Dossier dossier, Long nomineeId, Long reviewerId, String reviewerName) {
		this.dossier = dossier;
		this.nomineeId = nomineeId;
		this.reviewerId = reviewerId;
		this.reviewerName = reviewerName;
	}

	void record(boolean passes, String comment, String privateNote, Instant now) {
		this.passes = passes;
		this.comment = comment;
		this.privateNote = privateNote;
		this.recordedAt = now;
	}

	public String getPrivateNote() {
		return this.privateNote;
	}

	public Long getNomineeId() {
		return this.nomineeId;
	}

	public Long getReviewerId() {
		return this.reviewerId;
	}

	public String getReviewerName() {
		return this.reviewerName;
	}

	public boolean isPasses() {
		return this.passes;
	}

	public String getComment() {
		return this.comment;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
