/** The append-only audit trail: who did what to which record, when, from where, with old and new values. */
@ApplicationModule(displayName = "Audit trail")
package vn.atgt.thidua.audit;

import org.springframework.modulith.ApplicationModule;
