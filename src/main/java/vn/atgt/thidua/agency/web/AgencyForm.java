package vn.atgt.thidua.agency.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.atgt.thidua.agency.AgencyDetails;
import vn.atgt.thidua.agency.AgencyKind;
import vn.atgt.thidua.agency.AgencyRow;

/** An agency as the office edits it in the registry. */
public class AgencyForm {

	private Long version;

	@NotBlank
	@Size(max = 300)
	private String name;

	@Size(max = 100)
	private String shortName;

	@NotNull
	private AgencyKind kind;

	private Long parentId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validTo;

	private Long predecessorId;

	private Long successorId;

	@Email
	@Size(max = 320)
	private String contactEmail;

	private boolean active = true;

	static AgencyForm from(AgencyRow row) {
		AgencyForm form = new AgencyForm();
		form.version = row.version();
		form.name = row.name();
		form.shortName = row.shortName();
		form.kind = row.kind();
		form.parentId = row.parentId();
		form.validFrom = row.validFrom();
		form.validTo = row.validTo();
		form.predecessorId = row.predecessorId();
		form.successorId = row.successorId();
		form.contactEmail = row.contactEmail();
		form.active = row.active();
		return form;
	}

	AgencyDetails toDetails() {
		return new AgencyDetails(this.name, this.shortName, this.kind, this.parentId, this.validFrom, this.validTo,
				this.predecessorId, this.successorId, this.contactEmail, this.active);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public AgencyKind getKind() {
		return this.kind;
	}

	public void setKind(AgencyKind kind) {
		this.kind = kind;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

	public Long getPredecessorId() {
		return this.predecessorId;
	}

	public void setPredecessorId(Long predecessorId) {
		this.predecessorId = predecessorId;
	}

	public Long getSuccessorId() {
		return this.successorId;
	}

	public void setSuccessorId(Long successorId) {
		this.successorId = successorId;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
