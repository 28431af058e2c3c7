package vn.atgt.thidua.plan;

import java.time.LocalDate;

/** A plan as a row of a list. */
public record PlanSummary(Long id, int year, String title, PlanStatus status, Integer number, String docTypeSymbol,
		String bodySymbol, LocalDate issueDate, LocalDate subPlanDueDate, LocalDate endDate, int participantCount) {

	public String numberSymbol() {
		return (this.number == null ? "" : this.number) + "/" + this.docTypeSymbol + "-" + this.bodySymbol;
	}

}
