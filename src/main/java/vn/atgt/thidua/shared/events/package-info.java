/**
 * What a domain event carries so that other modules can react to it after commit: who acted ({@link vn.atgt.thidua.shared.events.Actor}),
 * and how the fact reads in the audit trail ({@link vn.atgt.thidua.shared.events.AuditedEvent}).
 */
package vn.atgt.thidua.shared.events;
