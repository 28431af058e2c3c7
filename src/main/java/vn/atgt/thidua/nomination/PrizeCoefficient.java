package vn.atgt.thidua.nomination;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.shared.domain.VersionedAggregate;
import vn.atgt.thidua.shared.events.Actor;

/**
 * A row of the office's coefficient table: for an award form and a subject type, the multiple of the base salary
 * paid from {@code validFrom} on (Decree 152/2025 art. 54: individual Bằng khen of the province 1.5).
 */
@Entity
@Table(name = "prize_coefficient")
public class PrizeCoefficient extends VersionedAggregate {

	/** The largest coefficient the table accepts (the largest in the decrees is far below). */
	static final BigDecimal MAX = BigDecimal.valueOf(50);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long awardFormId;

	@Enumerated(EnumType.STRING)
	private SubjectType subjectType;

	private LocalDate validFrom;

	private BigDecimal coefficient;

	private Instant createdAt;

	private String createdBy;

	protected PrizeCoefficient() {
	}

	PrizeCoefficient(Long awardFormId, SubjectType subjectType, LocalDate validFrom, BigDecimal coefficient, Actor by,
			Instant now) {
		if (coefficient.signum() <= 0 || coefficient.compareTo(MAX) > 0
				|| coefficient.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("coefficient out of range: " + coefficient);
		}
		this.awardFormId = awardFormId;
		this.subjectType = subjectType;
		this.validFrom = validFrom;
		this.coefficient = coefficient.setScale(2);
		this.createdAt = now;
		this.createdBy = by.name() == null ? "-" : by.name();
	}

	/** Registers the addition, once the row has its id. */
	void recordAddition(String awardFormName, Actor by) {
		registerEvent(new NominationEvents.PrizeCoefficientAdded(this.id, this.awardFormId, awardFormName, this.subjectType,
				this.validFrom, this.coefficient, by, this.createdAt));
	}

	/** Registers the removal of a mistaken row (decisions keep the amounts they fixed). */
	void recordRemoval(String awardFormName, Actor by, Instant now) {
		registerEvent(new NominationEvents.PrizeCoefficientRemoved(this.id, this.awardFormId, awardFormName,
				this.subjectType, this.validFrom, this.coefficient, by, now));
	}

	PrizeRates.Coefficient rate() {
		return new PrizeRates.Coefficient(this.awardFormId, this.subjectType, this.validFrom, this.coefficient);
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public Long getAwardFormId() {
		return this.awardFormId;
	}

	public SubjectType getSubjectType() {
		return this.subjectType;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public BigDecimal getCoefficient() {
		return this.coefficient;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

}
