package vn.atgt.thidua.nomination.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.nomination.NomineeSpec;
import vn.atgt.thidua.nomination.Sex;
import vn.atgt.thidua.nomination.SubjectType;

/** A nominee as the agency types it; status and dossier never come from the form. */
public class NomineeForm {

	@NotNull
	private Long version;

	@NotNull
	private SubjectType subjectType = SubjectType.COLLECTIVE;

	@NotBlank
	@Size(max = 300)
	private String name;

	private Sex sex;

	@Size(max = 200)
	private String positionTitle;

	@Size(max = 300)
	private String unit;

	@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
	private java.time.LocalDate birthDate;

	@NotNull
	private Long awardFormId;

	@NotBlank
	@Size(max = 5000)
	private String achievement;

	private boolean needsCertification;

	private boolean underDiscipline;

	/** The edit form of a nominee as the agency stated it. */
	static NomineeForm from(NomineeSpec spec, long version) {
		NomineeForm form = new NomineeForm();
		form.version = version;
		form.subjectType = spec.subjectType();
		form.name = spec.name();
		form.sex = spec.sex();
		form.positionTitle = spec.positionTitle();
		form.unit = spec.unit();
		form.birthDate = spec.birthDate();
		form.awardFormId = spec.awardFormId();
		form.achievement = spec.achievement();
		form.needsCertification = spec.needsCertification();
		form.underDiscipline = spec.underDiscipline();
		return form;
	}

	public NomineeSpec toSpec() {
		return new NomineeSpec(this.subjectType, this.name, this.sex, this.positionTitle, this.unit, this.birthDate,
				this.awardFormId,
				this.achievement, this.needsCertification, this.underDiscipline);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public SubjectType getSubjectType() {
		return this.subjectType;
	}

	public void setSubjectType(SubjectType subjectType) {
		this.subjectType = subjectType;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Sex getSex() {
		return this.sex;
	}

	public void setSex(Sex sex) {
		this.sex = sex;
	}

	public String getPositionTitle() {
		return this.positionTitle;
	}

	public void setPositionTitle(String positionTitle) {
		this.positionTitle = positionTitle;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public java.time.LocalDate getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(java.time.LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public Long getAwardFormId() {
		return this.awardFormId;
	}

	public void setAwardFormId(Long awardFormId) {
		this.awardFormId = awardFormId;
	}

	public String getAchievement() {
		return this.achievement;
	}

	public void setAchievement(String achievement) {
		this.achievement = achievement;
	}

	public boolean isNeedsCertification() {
		return this.needsCertification;
	}

	public void setNeedsCertification(boolean needsCertification) {
		this.needsCertification = needsCertification;
	}

	public boolean isUnderDiscipline() {
		return this.underDiscipline;
	}

	public void setUnderDiscipline(boolean underDiscipline) {
		this.underDiscipline = underDiscipline;
	}

}
