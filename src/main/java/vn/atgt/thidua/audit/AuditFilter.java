package vn.atgt.thidua.audit;

import java.time.LocalDate;

/**
 * What to look for in the audit log; every part is optional.
 * @param actor part of the person's name or login, without regard to diacritics
 * @param action an action or its beginning ({@code plan.} finds every plan action)
 * @param planId the plan itself or a record of it (sub-plan, report, dossier, submission)
 * @param from first day, inclusive; {@code to} last day, inclusive (Asia/Ho_Chi_Minh)
 */
public record AuditFilter(String actor, Long agencyId, String recordType, Long recordId, String action,
		LocalDate from, LocalDate to, Long planId) {

	public AuditFilter(String actor, Long agencyId, String recordType, Long recordId, String action, LocalDate from,
			LocalDate to) {
		this(actor, agencyId, recordType, recordId, action, from, to, null);
	}

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null, null, null);
	}

}
