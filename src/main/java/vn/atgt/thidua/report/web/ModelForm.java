package vn.atgt.thidua.report.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An exemplary model: who, what, why it is exemplary, evidence (the agency comes from the user, or the office picks it). */
public class ModelForm {

	/** Issued when the form is opened and sent back hidden: the same form posted twice creates one record. */
	private java.util.UUID creationToken = java.util.UUID.randomUUID();

	public java.util.UUID getCreationToken() {
		return this.creationToken;
	}

	public void setCreationToken(java.util.UUID creationToken) {
		this.creationToken = creationToken;
	}


	private Long agencyId;

	@NotBlank
	@Size(max = 500)
	private String subject;

	@NotBlank
	@Size(max = 8000)
	private String achievement;

	@NotBlank
	@Size(max = 8000)
	private String reason;

	@Size(max = 4000)
	private String evidence;

	public Long getAgencyId() {
		return this.agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getAchievement() {
		return this.achievement;
	}

	public void setAchievement(String achievement) {
		this.achievement = achievement;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = evidence;
	}

}
