package vn.atgt.thidua.shared.security;

import java.util.Objects;
import java.util.Set;

import vn.atgt.thidua.shared.domain.NotFoundException;

/**
 * The signed-in user as services see it. It is the one place that scopes records to an agency: an AGENCY user
 * may only see records of their own agency, and anything else answers 404 (never 403, which would confirm the
 * record exists).
 */
public record CurrentUser(Long id, String username, String fullName, Long agencyId, Set<Role> roles) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isOffice() {
		return has(Role.OFFICE) || has(Role.ADMIN);
	}

	/** True for a user who may only see their own agency's records. */
	public boolean isAgencyScoped() {
		return !isOffice() && has(Role.AGENCY);
	}

	/**
	 * The agency filter for queries: {@code null} (all agencies) for the office, the user's agency when
	 * agency-scoped, and -1 (no agency) for anyone else — a reviewer reads only the dossiers put before them,
	 * never an agency's sub-plans, reports or files.
	 */
	public Long agencyFilter() {
		if (isOffice()) {
			return null;
		}
		return isAgencyScoped() ? this.agencyId : NO_AGENCY;
	}

	/** Matches no agency in a query filter. */
	public static final long NO_AGENCY = -1L;

	public boolean canSeeAgency(Long ownerAgencyId) {
		return isOffice() || (isAgencyScoped() && Objects.equals(this.agencyId, ownerAgencyId));
	}

	/** Throws 404 when an agency user asks for another agency's record. */
	public void requireAgency(Long ownerAgencyId, String recordType, Object recordId) {
		if (!canSeeAgency(ownerAgencyId)) {
			throw new NotFoundException(recordType, recordId);
		}
	}

	public String displayName() {
		return this.fullName + " (" + this.username + ")";
	}

}
