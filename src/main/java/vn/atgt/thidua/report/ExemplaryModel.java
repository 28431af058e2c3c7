package vn.atgt.thidua.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.shared.domain.VersionedAggregate;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.domain.InvalidStateException;

/** An exemplary model (điển hình tiên tiến): who, what, why it is exemplary, evidence; the office may spread it. */
@Entity
@Table(name = "exemplary_model")
public class ExemplaryModel extends VersionedAggregate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long agencyId;

	private String subject;

	private String achievement;

	private String reason;

	private String evidence;

	private boolean worthSpreading;

	private String recordedBy;

	private Instant createdAt;

	/** The one-time token of the form that created this record (null for records made otherwise). */
	@Column(name = "creation_token")
	private java.util.UUID creationToken;

	protected ExemplaryModel() {
	}

	public ExemplaryModel(Long agencyId, String subject, String achievement, String reason, String evidence,
			String recordedBy, Instant createdAt) {
		this.agencyId = agencyId;
		this.subject = subject;
		this.achievement = achievement;
		this.reason = reason;
		this.evidence = evidence;
		this.recordedBy = recordedBy;
		this.createdAt = createdAt;
	}

	/** The office marks the model worth spreading (nhân rộng): it then appears on the public page. */
	void markWorthSpreading(Actor by, Instant now) {
		if (this.worthSpreading) {
			throw new InvalidStateException("model.error.alreadySpreading");
		}
		this.worthSpreading = true;
		registerEvent(new FieldworkEvents.ModelSpreadingChanged(this.id, this.subject, true, by, now));
	}

	void unmarkWorthSpreading(Actor by, Instant now) {
		if (!this.worthSpreading) {
			throw new InvalidStateException("model.error.notSpreading");
		}
		this.worthSpreading = false;
		registerEvent(new FieldworkEvents.ModelSpreadingChanged(this.id, this.subject, false, by, now));
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getAchievement() {
		return this.achievement;
	}

	public String getReason() {
		return this.reason;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public boolean isWorthSpreading() {
		return this.worthSpreading;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	void createdByForm(java.util.UUID token) {
		this.creationToken = token;
	}

}
