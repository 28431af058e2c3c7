package vn.atgt.thidua.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.atgt.thidua.shared.web.InvalidStateException;

/** An exemplary model (điển hình tiên tiến): who, what, why it is exemplary, evidence; the office may spread it. */
@Entity
@Table(name = "exemplary_model")
public class ExemplaryModel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

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
	public void markWorthSpreading() {
		if (this.worthSpreading) {
			throw new InvalidStateException("model.error.alreadySpreading");
		}
		this.worthSpreading = true;
	}

	public void unmarkWorthSpreading() {
		if (!this.worthSpreading) {
			throw new InvalidStateException("model.error.notSpreading");
		}
		this.worthSpreading = false;
	}

	public void requireVersion(long expected) {
		if (this.version != expected) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(ExemplaryModel.class, this.id);
		}
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
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
