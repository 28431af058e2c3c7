package vn.atgt.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;

/** A dossier as a row of the inbox or of an agency's list; {@code daysLeft} is filled in by the service. */
public record DossierRow(Long id, Long planId, int planYear, Integer planNumber, String planDocType,
		String planBody, String agencyName, DossierStatus status, Instant submittedAt, LocalDate receivedOn,
		LocalDate appraisalDueOn, int nomineeCount, int reviewerCount, Long daysLeft) {

	public DossierRow(Long id, Long planId, int planYear, Integer planNumber, String planDocType, String planBody,
			String agencyName, DossierStatus status, Instant submittedAt, LocalDate receivedOn,
			LocalDate appraisalDueOn, int nomineeCount, int reviewerCount) {
		this(id, planId, planYear, planNumber, planDocType, planBody, agencyName, status, submittedAt, receivedOn,
				appraisalDueOn, nomineeCount, reviewerCount, null);
	}

	public String planNumberSymbol() {
		return (this.planNumber == null ? "" : this.planNumber) + "/" + this.planDocType + "-" + this.planBody;
	}

	public DossierRow withDaysLeft(Long days) {
		return new DossierRow(this.id, this.planId, this.planYear, this.planNumber, this.planDocType, this.planBody,
				this.agencyName, this.status, this.submittedAt, this.receivedOn, this.appraisalDueOn,
				this.nomineeCount, this.reviewerCount, days);
	}

}
