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
		this.actor = actor;
		this.actorId = actorId;
		this.agencyId = agencyId;
		this.address = address;
		this.action = action;
		this.recordType = recordType;
		this.recordId = recordId;
		this.summary = summary;
		this.changes = changes;
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
