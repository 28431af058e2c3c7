package vn.atgt.thidua.nomination;

import java.math.BigDecimal;

/** What the prize money of a nominee of a submission depends on, and the amount its decision fixed (if any). */
public record NomineePrize(Long nomineeId, Long awardFormId, SubjectType subjectType, NomineeStatus status,
		Long fixedAmount, BigDecimal fixedCoefficient, Long fixedBaseSalary) {
}
