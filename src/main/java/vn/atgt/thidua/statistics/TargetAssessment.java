package vn.atgt.thidua.statistics;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.shared.domain.VersionedAggregate;

/** The office's assessment of one qualitative target of a plan: achieved or not, with a comment. */
@Entity
@Table(name = "target_assessment")
public class TargetAssessment extends VersionedAggregate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private Long targetId;

	private boolean achieved;

	private String comment;

	private String assessedBy;

	private Instant assessedAt;

	protected TargetAssessment() {
	}

	TargetAssessment(Long planId, Long targetId) {
		this.planId = planId;
		this.targetId = targetId;
	}

	/** A "not achieved" needs its reason. */
	void assess(boolean achieved, String comment, String by, Instant now) {
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (!achieved && text == null) {
			throw new IllegalArgumentException("a target not achieved needs a comment");
		}
		this.achieved = achieved;
		this.comment = text;
		this.assessedBy = by;
		this.assessedAt = now;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public Long getTargetId() {
		return this.targetId;
	}

	public boolean isAchieved() {
		return this.achieved;
	}

	public String getComment() {
		return this.comment;
	}

	public String getAssessedBy() {
		return this.assessedBy;
	}

	public Instant getAssessedAt() {
		return this.assessedAt;
	}

	/** As the dashboard and the consolidated report show it. */
	public Assessment view() {
		return new Assessment(this.targetId, this.achieved, this.comment, this.assessedBy, this.assessedAt);
	}

	/** An assessment as a view record. */
	public record Assessment(Long targetId, boolean achieved, String comment, String assessedBy, Instant assessedAt) {
	}

}
