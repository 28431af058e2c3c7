package vn.atgt.thidua.nomination;

/** The same nominee (folded name) proposed by another agency for the same plan: a warning for the office. */
public record DuplicateHit(Long nomineeId, Long otherDossierId, String otherAgencyName) {
}
