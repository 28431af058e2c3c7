package vn.atgt.thidua.nomination;

/** A yes/no judgement on one nominee with its reason (appraisal, opinion or decision). */
public record Verdict(Long nomineeId, boolean passes, String reason) {
}
