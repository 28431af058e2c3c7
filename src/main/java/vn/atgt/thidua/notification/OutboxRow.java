package vn.atgt.thidua.notification;

import java.time.Instant;

/** A mail of the outbox as the administrator sees it. */
public record OutboxRow(Long id, String recipient, String subject, String body, String status, int attempts,
		Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

	public boolean isFailed() {
		return "FAILED".equals(this.status);
	}

}
