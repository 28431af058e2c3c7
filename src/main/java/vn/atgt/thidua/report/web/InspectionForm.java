package vn.atgt.thidua.report.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The office's record of an inspection. */
public class InspectionForm {

	/** Issued when the form is opened and sent back hidden: the same form posted twice creates one record. */
	private java.util.UUID creationToken = java.util.UUID.randomUUID();

	public java.util.UUID getCreationToken() {
		return this.creationToken;
	}

	public void setCreationToken(java.util.UUID creationToken) {
		this.creationToken = creationToken;
	}


	@NotNull
	private Long agencyId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate inspectedOn;

	@NotBlank
	@Size(max = 1000)
	private String team;

	@NotBlank
	@Size(max = 4000)
	private String scope;

	@NotBlank
	@Size(max = 8000)
	private String findings;

	@Size(max = 8000)
	private String recommendations;

	public Long getAgencyId() {
		return this.agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

	public LocalDate getInspectedOn() {
		return this.inspectedOn;
	}

	public void setInspectedOn(LocalDate inspectedOn) {
		this.inspectedOn = inspectedOn;
	}

	public String getTeam() {
		return this.team;
	}

	public void setTeam(String team) {
		this.team = team;
	}

	public String getScope() {
		return this.scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public String getFindings() {
		return this.findings;
	}

	public void setFindings(String findings) {
		this.findings = findings;
	}

	public String getRecommendations() {
		return this.recommendations;
	}

	public void setRecommendations(String recommendations) {
		this.recommendations = recommendations;
	}

}
