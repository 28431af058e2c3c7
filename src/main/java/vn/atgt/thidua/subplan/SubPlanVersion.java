package vn.atgt.thidua.subplan;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A submitted version of a sub-plan, frozen as a field snapshot so the office can compare two submissions. */
@Entity
@Table(name = "subplan_version")
public class SubPlanVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long subplanId;

	private int number;

	private Instant submittedAt;

	private String submittedBy;

	private int daysLate;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, String> snapshot = new LinkedHashMap<>();

	protected SubPlanVersion() {
	}

	public SubPlanVersion(Long subplanId, int number, Instant submittedAt, String submittedBy, int daysLate,
			Map<String, String> snapshot) {
		this.subplanId = subplanId;
		this.number = number;
		this.submittedAt = submittedAt;
		this.submittedBy = submittedBy;
		this.daysLate = daysLate;
		this.snapshot = new LinkedHashMap<>(snapshot);
	}

	public Long getId() {
		return this.id;
	}

	public int getNumber() {
		return this.number;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public int getDaysLate() {
		return this.daysLate;
	}

	public Map<String, String> getSnapshot() {
		return new LinkedHashMap<>(this.snapshot);
	}

}
