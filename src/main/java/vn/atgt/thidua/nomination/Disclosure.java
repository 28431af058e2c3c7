package vn.atgt.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.atgt.thidua.nomination.NominationEvents.DisclosureClosed;
import vn.atgt.thidua.nomination.NominationEvents.DisclosureOpened;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.domain.VersionedAggregate;
import vn.atgt.thidua.shared.events.Actor;

/**
 * Rule 20: the public disclosure (công khai) of a plan's passing collectives and individuals before the office
 * forwards them: listed on a public page from {@code opensOn} to {@code closesOn}; it closes only when every comment
 * received has been triaged. What was disclosed is kept as it was shown ({@link DisclosureEntry}).
 */
@Entity
@Table(name = "disclosure")
public class Disclosure extends VersionedAggregate {

	public enum Status {

		OPEN, CLOSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private LocalDate opensOn;

	private LocalDate closesOn;

	@Enumerated(EnumType.STRING)
	private Status status = Status.OPEN;

	private String openedBy;

	private Instant openedAt;

	private String closedBy;

	private Instant closedAt;

	@OneToMany(mappedBy = "disclosure", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("agencyName, subjectType, id")
	private List<DisclosureEntry> entries = new ArrayList<>();

	protected Disclosure() {
	}

	Disclosure(Long planId, LocalDate opensOn, LocalDate closesOn, String by, Instant now) {
		this.planId = planId;
		this.opensOn = opensOn;
		this.closesOn = closesOn;
		this.openedBy = by;
		this.openedAt = now;
	}

	void add(DisclosureEntry entry) {
		entry.belongTo(this);
		this.entries.add(entry);
	}

	/** Registers the opening once the disclosure has its id. */
	void recordOpening(String planNumber, Actor by) {
		registerEvent(new DisclosureOpened(this.id, this.planId, planNumber, this.opensOn, this.closesOn,
				this.entries.size(), by, this.openedAt));
	}

	/** Public while open and between its first and last day (both included). */
	public boolean isPublicOn(LocalDate day) {
		return this.status == Status.OPEN && !day.isBefore(this.opensOn) && !day.isAfter(this.closesOn);
	}

	/** Closes the step; refused while a comment is untriaged or before its last day unless there is none. */
	void close(long untriaged, Actor by, Instant now) {
		if (this.status != Status.OPEN) {
			throw new InvalidStateException("nomination.disclosure.error.closed");
		}
		if (untriaged > 0) {
			throw new InvalidStateException("nomination.disclosure.error.untriaged");
		}
		this.status = Status.CLOSED;
		this.closedBy = by.name();
		this.closedAt = now;
		registerEvent(new DisclosureClosed(this.id, this.planId, by, now));
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public LocalDate getOpensOn() {
		return this.opensOn;
	}

	public LocalDate getClosesOn() {
		return this.closesOn;
	}

	public Status getStatus() {
		return this.status;
	}

	public boolean isOpen() {
		return this.status == Status.OPEN;
	}

	public String getOpenedBy() {
		return this.openedBy;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

	public String getClosedBy() {
		return this.closedBy;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public List<DisclosureEntry> getEntries() {
		return this.entries;
	}

}
