package vn.atgt.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.shared.domain.VersionedAggregate;
import vn.atgt.thidua.shared.events.Actor;

/** A row of the office's base-salary table (mức lương cơ sở): the amount in đồng from {@code validFrom} on. */
@Entity
@Table(name = "prize_base_salary")
public class BaseSalary extends VersionedAggregate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate validFrom;

	private long amount;

	private Instant createdAt;

	private String createdBy;

	protected BaseSalary() {
	}

	BaseSalary(LocalDate validFrom, long amount, Actor by, Instant now) {
		if (amount <= 0) {
			throw new IllegalArgumentException("a base salary is positive");
		}
		this.validFrom = validFrom;
		this.amount = amount;
		this.createdAt = now;
		this.createdBy = by.name() == null ? "-" : by.name();
	}

	/** Registers the addition, once the row has its id. */
	void recordAddition(Actor by) {
		registerEvent(new NominationEvents.BaseSalaryAdded(this.id, this.validFrom, this.amount, by, this.createdAt));
	}

	/** Registers the removal of a mistaken row (decisions keep the amounts they fixed). */
	void recordRemoval(Actor by, Instant now) {
		registerEvent(new NominationEvents.BaseSalaryRemoved(this.id, this.validFrom, this.amount, by, now));
	}

	PrizeRates.Salary rate() {
		return new PrizeRates.Salary(this.validFrom, this.amount);
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public long getAmount() {
		return this.amount;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

}
