package vn.atgt.thidua.subplan;

import java.time.Instant;

/** A submitted sub-plan still waiting for the office's review, with its plan's number parts. */
public record WaitingSubPlan(Long id, Long planId, Integer planNumber, String planDocType, String planBody,
		String agencyName, Instant submittedAt) {

	/** "12/KH-BATGT". */
	public String planNumberSymbol() {
		return (this.planNumber == null ? "" : this.planNumber) + "/" + this.planDocType + "-" + this.planBody;
	}

}
