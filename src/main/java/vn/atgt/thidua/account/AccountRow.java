package vn.atgt.thidua.account;

import java.time.Instant;

/** An account as a row of the accounts list (roles are listed separately to keep the query flat). */
public record AccountRow(Long id, long version, String username, String fullName, String email, String agencyName,
		boolean enabled, boolean mustChangePassword, Instant lastLoginAt, boolean admin, boolean totpEnrolled) {
}
