package vn.atgt.thidua.nomination;

/** A reviewer account the office can assign. */
public record ReviewerOption(Long id, String fullName, String username, Long agencyId) {
}
