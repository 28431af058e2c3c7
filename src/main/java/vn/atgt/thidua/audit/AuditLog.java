package vn.atgt.thidua.audit;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.AuditEntry;
import vn.atgt.thidua.shared.events.FieldChange;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.atgt.thidua.shared.security.CurrentUser;

/**
 * Writes audit entries in the caller's transaction, so a change and its trace commit or roll back together.
 */
@Service
public class AuditLog {

	private final AuditEventRepository events;

	private final Clock clock;

	AuditLog(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(CurrentUser actor, String action, String recordType, Long recordId, String summary,
			List<FieldChange> changes) {
		this.events.save(new AuditEvent(this.clock.instant(), actor == null ? null : actor.displayName(),
				actor == null ? null : actor.id(), actor == null ? null : actor.agencyId(), clientAddress(), action,
				recordType, recordId, summary, changes == null || changes.isEmpty() ? null : changes));
	}

	/** Writes the entry of a domain event; called by {@link AuditTrailListener} after the event's transaction committed. */
	@Transactional(propagation = Propagation.REQUIRED)
	void write(AuditEntry entry) {
		Actor actor = entry.actor();
		this.events.save(new AuditEvent(entry.occurredAt(), actor == null ? null : actor.name(),
				actor == null ? null : actor.accountId(), actor == null ? null : actor.agencyId(),
				actor == null ? null : actor.address(), entry.action(), entry.recordType(), entry.recordId(),
				entry.summary(), entry.changes().isEmpty() ? null : entry.changes()));
	}

	/** Sign-in attempts and other events without a signed-in user. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAnonymous(String action, String recordType, Long recordId, String summary) {
		this.events.save(new AuditEvent(this.clock.instant(), null, null, null, clientAddress(), action, recordType,
				recordId, summary, null));
	}

	/** When the account signed in before its current session (the start page's "since your last visit"). */
	@Transactional(readOnly = true)
	public java.util.Optional<java.time.Instant> previousSignIn(Long accountId) {
		List<java.time.Instant> signIns = this.events.findSignIns(accountId,
				org.springframework.data.domain.PageRequest.of(0, 2));
		return signIns.size() < 2 ? java.util.Optional.empty() : java.util.Optional.of(signIns.get(1));
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> historyOf(String recordType, Long recordId) {
		return this.events.findByRecordTypeAndRecordIdOrderByOccurredAtDescIdDesc(recordType, recordId);
	}

	private static String clientAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
