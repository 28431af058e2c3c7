package vn.atgt.thidua.shared.events;

/**
 * A domain event that the audit trail records. The audit module listens to this type after commit, so the module
 * that publishes the event needs no dependency on the audit module, and no transition can forget its audit row.
 */
public interface AuditedEvent {

	/** The entry the audit trail writes for this event (not a record component, so it is not serialised). */
	AuditEntry audit();

}
