package vn.atgt.thidua.audit;

import vn.atgt.thidua.shared.events.FieldChange;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of the audit trail. Immutable here, and the database refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	private Long actorId;

	private Long agencyId;

	private String address;

	private String action;

	private String recordType;

	private Long recordId;

	private String summary;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<FieldChange> changes;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, Long actorId, Long agencyId, String address, String action,
			String recordType, Long recordId, String summary, List<FieldChange> changes) {
		this.occurredAt = occurredAt;
		this.actor = bounded(actor, 200);
		this.actorId = actorId;
		this.agencyId = agencyId;
		this.address = bounded(address, 64);
		this.action = bounded(action, 60);
		this.recordType = bounded(recordType, 60);
		this.recordId = recordId;
		this.summary = bounded(summary, 1000);
		this.changes = changes == null ? null
				: changes.stream()
					.map(c -> new FieldChange(bounded(c.field(), 200), bounded(c.oldValue(), CHANGE_LIMIT),
							bounded(c.newValue(), CHANGE_LIMIT)))
					.toList();
	}

	/** A field's old or new value in the trail; longer texts (a plan's body) are cut with an ellipsis. */
	static final int CHANGE_LIMIT = 20_000;

	/**
	 * Audited text often comes straight from a request (a 1,001-character user name at sign-in, a reason): the
	 * trail must never fail the action it records, so text is cut to its column and a NUL byte, which PostgreSQL
	 * refuses in text and jsonb, becomes U+FFFD.
	 */
	static String bounded(String text, int limit) {
		if (text == null) {
			return null;
		}
		String safe = text.indexOf('\0') >= 0 ? text.replace('\0', '\uFFFD') : text;
		if (safe.length() <= limit) {
			return safe;
		}
		int end = limit - 1;
		if (Character.isHighSurrogate(safe.charAt(end - 1))) {
			end--;
		}
		return safe.substring(0, end) + "…";
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public String getAddress() {
		return this.address;
	}

	public String getAction() {
		return this.action;
	}

	public String getRecordType() {
		return this.recordType;
	}

	public Long getRecordId() {
		return this.recordId;
	}

	public String getSummary() {
		return this.summary;
	}

	public List<FieldChange> getChanges() {
		return this.changes == null ? List.of() : this.changes;
	}

}
