/** The append-only audit trail: who did what to which record, when, from where, with old and new values. */
package vn.atgt.thidua.audit;
