package vn.atgt.thidua.nomination;

import java.time.LocalDate;

/**
 * Rule 8: another nomination of the same subject as one of a dossier's nominees, in any plan and year — who
 * proposed it, for which award form, and what became of it. {@code samePlan}: the same movement and period, which
 * the agency is refused and the office is warned of.
 */
public record PastNomination(Long nomineeId, Long otherDossierId, String name, String unit, boolean samePlan,
		int planYear, String planNumber, String planTitle, String agencyName, String awardForm, NomineeStatus status,
		String decisionNumber, LocalDate decisionDate) {

	/** The plan as the history names it: its number and symbol once issued, its title before. */
	public String plan() {
		return this.planNumber != null ? this.planNumber : this.planTitle;
	}

}
