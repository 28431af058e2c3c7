package vn.atgt.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.nomination.NominationEvents.DecisionRecorded;
import vn.atgt.thidua.nomination.NominationEvents.SubmissionCreated;
import vn.atgt.thidua.shared.domain.VersionedAggregate;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.domain.InvalidStateException;

/** The consolidated submission (tờ trình tổng hợp) of a plan's passing nominees, and the Chairman's decision on it. */
@Entity
@Table(name = "consolidated_submission")
public class ConsolidatedSubmission extends VersionedAggregate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private Instant createdAt;

	private String createdBy;

	private String decisionNumber;

	private LocalDate decisionDate;

	private String decisionSigner;

	private Instant decidedAt;

	protected ConsolidatedSubmission() {
	}

	public ConsolidatedSubmission(Long planId, String by, Instant now) {
		this.planId = planId;
		this.createdBy = by;
		this.createdAt = now;
	}

	/** Registers the creation, once the submission has its id. */
	void recordCreation(String planNumber, int dossiers, Actor by) {
		registerEvent(new SubmissionCreated(this.id, this.planId, planNumber, dossiers, by, this.createdAt));
	}

	/** Rule 18: the decision's number and symbol (e.g. 163/QĐ-UBND), date and signer. */
	void recordDecision(String number, LocalDate date, String signer, Actor by, Instant now) {
		if (this.decidedAt != null) {
			throw new InvalidStateException("nomination.error.alreadyDecided");
		}
		this.decisionNumber = number;
		this.decisionDate = date;
		this.decisionSigner = signer;
		this.decidedAt = now;
		registerEvent(new DecisionRecorded(this.id, this.planId, number, date, signer, by, now));
	}

	public boolean isDecided() {
		return this.decidedAt != null;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public String getDecisionNumber() {
		return this.decisionNumber;
	}

	public LocalDate getDecisionDate() {
		return this.decisionDate;
	}

	public String getDecisionSigner() {
		return this.decisionSigner;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
