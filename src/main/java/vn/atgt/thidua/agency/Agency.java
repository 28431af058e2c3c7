package vn.atgt.thidua.agency;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.shared.domain.VersionedAggregate;

/** A member agency (cơ quan thành viên). Other aggregates refer to it by id. */
@Entity
@Table(name = "agency")
public class Agency extends VersionedAggregate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String shortName;

	@Enumerated(EnumType.STRING)
	private AgencyKind kind;

	private Long parentId;

	private LocalDate validFrom;

	private LocalDate validTo;

	private Long predecessorId;

	private Long successorId;

	private String contactEmail;

	@Column(name = "has_area")
	private boolean hasArea;

	private boolean active = true;

	protected Agency() {
	}

	public Agency(String name, String shortName, AgencyKind kind) {
		this.name = name;
		this.shortName = shortName;
		this.kind = kind;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getShortName() {
		return this.shortName;
	}

	public AgencyKind getKind() {
		return this.kind;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public Long getPredecessorId() {
		return this.predecessorId;
	}

	public Long getSuccessorId() {
		return this.successorId;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public boolean hasArea() {
		return this.hasArea;
	}

	public boolean isActive() {
		return this.active;
	}

	public void rename(String name, String shortName) {
		this.name = name;
		this.shortName = shortName;
	}

	public void classify(AgencyKind kind, Long parentId, boolean hasArea) {
		this.kind = kind;
		this.parentId = parentId;
		this.hasArea = hasArea;
	}

	public void validBetween(LocalDate from, LocalDate to) {
		this.validFrom = from;
		this.validTo = to;
	}

	public void succeededBy(Agency successor) {
		this.successorId = successor.getId();
		successor.predecessorId = this.id;
	}

	public void linkHistory(Long predecessorId, Long successorId) {
		this.predecessorId = predecessorId;
		this.successorId = successorId;
	}

	public void contactAt(String email) {
		this.contactEmail = email;
	}

	public void activate(boolean active) {
		this.active = active;
	}

	/** An agency takes part in a year's work if it existed during that year. */
	/** In existence on the date: valid from on or before it, valid to on or after it. */
	public boolean existsOn(LocalDate date) {
		return (this.validFrom == null || !this.validFrom.isAfter(date))
				&& (this.validTo == null || !this.validTo.isBefore(date));
	}

	public boolean existsIn(int year) {
		return (this.validFrom == null || this.validFrom.getYear() <= year)
				&& (this.validTo == null || this.validTo.getYear() >= year);
	}

}
