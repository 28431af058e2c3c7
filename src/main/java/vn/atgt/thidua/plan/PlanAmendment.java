package vn.atgt.thidua.plan;

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

import vn.atgt.thidua.shared.events.FieldChange;

/** A recorded correction of a published plan: who, when, why, and each changed field. */
@Entity
@Immutable
@Table(name = "plan_amendment")
public class PlanAmendment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private Instant amendedAt;

	private String amendedBy;

	private String reason;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<FieldChange> changes;

	protected PlanAmendment() {
	}

	PlanAmendment(Long planId, Instant amendedAt, String amendedBy, String reason, List<FieldChange> changes) {
		this.planId = planId;
		this.amendedAt = amendedAt;
		this.amendedBy = amendedBy;
		this.reason = reason;
		this.changes = changes;
	}

	public Instant getAmendedAt() {
		return this.amendedAt;
	}

	public String getAmendedBy() {
		return this.amendedBy;
	}

	public String getReason() {
		return this.reason;
	}

	public List<FieldChange> getChanges() {
		return this.changes;
	}

	public Long getPlanId() {
		return this.planId;
	}

}
