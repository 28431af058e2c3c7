package vn.atgt.thidua.audit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.shared.events.AuditedEvent;

/**
 * Writes the audit row of every {@link AuditedEvent} after the transaction that published it committed. The event
 * publication registry keeps the event until this listener succeeded, so a failed write is retried, and work that
 * rolled back leaves no row.
 */
@Component
class AuditTrailListener {

	private final AuditLog log;

	AuditTrailListener(AuditLog log) {
		this.log = log;
	}

	@ApplicationModuleListener
	void on(AuditedEvent event) {
		this.log.write(event.audit());
	}

}
