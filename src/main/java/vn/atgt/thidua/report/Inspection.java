package vn.atgt.thidua.report;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An inspection of an agency by the office: when, by whom, what was checked, what was found and recommended. */
@Entity
@Table(name = "inspection")
public class Inspection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long agencyId;

	private LocalDate inspectedOn;

	private String team;

	private String scope;

	private String findings;

	private String recommendations;

	private String recordedBy;

	private Instant createdAt;

	/** The one-time token of the form that created this record (null for records made otherwise). */
	@Column(name = "creation_token")
	private java.util.UUID creationToken;

	protected Inspection() {
	}

	public Inspection(Long agencyId, LocalDate inspectedOn, String team, String scope, String findings,
			String recommendations, String recordedBy, Instant createdAt) {
		this.agencyId = agencyId;
		this.inspectedOn = inspectedOn;
		this.team = team;
		this.scope = scope;
		this.findings = findings;
		this.recommendations = recommendations;
		this.recordedBy = recordedBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public LocalDate getInspectedOn() {
		return this.inspectedOn;
	}

	public String getTeam() {
		return this.team;
	}

	public String getScope() {
		return this.scope;
	}

	public String getFindings() {
		return this.findings;
	}

	public String getRecommendations() {
		return this.recommendations;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	void createdByForm(java.util.UUID token) {
		this.creationToken = token;
	}

}
