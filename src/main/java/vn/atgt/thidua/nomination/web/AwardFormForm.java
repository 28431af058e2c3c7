package vn.atgt.thidua.nomination.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.nomination.AwardForm;
import vn.atgt.thidua.nomination.AwardKind;

/** The editable fields of an award form. */
public class AwardFormForm {

	@NotNull
	private Long version;

	@NotBlank
	@Size(max = 300)
	private String name;

	@NotNull
	private AwardKind kind;

	private boolean forCollective;

	private boolean forIndividual;

	@NotBlank
	@Size(max = 300)
	private String decidedBy;

	private boolean thematic;

	private boolean active;

	static AwardFormForm from(AwardForm form) {
		AwardFormForm f = new AwardFormForm();
		f.version = form.getVersion();
		f.name = form.getName();
		f.kind = form.getKind();
		f.forCollective = form.isForCollective();
		f.forIndividual = form.isForIndividual();
		f.decidedBy = form.getDecidedBy();
		f.thematic = form.isThematic();
		f.active = form.isActive();
		return f;
	}

	@AssertTrue(message = "{nomination.validation.subjectRequired}")
	public boolean isSubjectChosen() {
		return this.forCollective || this.forIndividual;
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

	public AwardKind getKind() {
		return this.kind;
	}

	public void setKind(AwardKind kind) {
		this.kind = kind;
	}

	public boolean isForCollective() {
		return this.forCollective;
	}

	public void setForCollective(boolean forCollective) {
		this.forCollective = forCollective;
	}

	public boolean isForIndividual() {
		return this.forIndividual;
	}

	public void setForIndividual(boolean forIndividual) {
		this.forIndividual = forIndividual;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public void setDecidedBy(String decidedBy) {
		this.decidedBy = decidedBy;
	}

	public boolean isThematic() {
		return this.thematic;
	}

	public void setThematic(boolean thematic) {
		this.thematic = thematic;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
