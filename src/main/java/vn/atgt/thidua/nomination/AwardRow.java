package vn.atgt.thidua.nomination;

import java.time.LocalDate;

/** A nominee on a list: the consolidated submission, an export, or the public list of awards. */
public record AwardRow(Long nomineeId, SubjectType subjectType, String name, String positionTitle, String unit,
		String awardForm, String achievement, String agencyName, NomineeStatus status, String decisionNumber,
		LocalDate decisionDate, int planYear, Long planId, String decisionReason) {
}
