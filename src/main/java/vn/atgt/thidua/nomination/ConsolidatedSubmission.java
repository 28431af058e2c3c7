package vn.atgt.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

	@Embedded
	@AttributeOverride(name = "number", column = @Column(name = "decision_number"))
	@AttributeOverride(name = "date", column = @Column(name = "decision_date"))
	@AttributeOverride(name = "signer", column = @Column(name = "decision_signer"))
	private DecisionRef decision;

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
		this.decision = new DecisionRef(number, date, signer);
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
		return this.decision == null ? null : this.decision.number();
	}

	public LocalDate getDecisionDate() {
		return this.decision == null ? null : this.decision.date();
	}

	public String getDecisionSigner() {
		return this.decision == null ? null : this.decision.signer();
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
