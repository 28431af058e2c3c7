package vn.atgt.thidua.statistics.web;

import jakarta.validation.constraints.Size;

/** The office's assessment of one qualitative target: achieved or not, and a comment (required when not). */
public class AssessmentForm {

	private Long targetId;

	private Boolean achieved;

	@Size(max = 2000)
	private String comment;

	public Long getTargetId() {
		return this.targetId;
	}

	public void setTargetId(Long targetId) {
		this.targetId = targetId;
	}

	public Boolean getAchieved() {
		return this.achieved;
	}

	public void setAchieved(Boolean achieved) {
		this.achieved = achieved;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
