package vn.atgt.thidua.nomination;

/** What an agency states about a nominee. */
public record NomineeSpec(SubjectType subjectType, String name, Sex sex, String positionTitle, String unit,
		java.time.LocalDate birthDate, Long awardFormId, String achievement, boolean needsCertification, boolean underDiscipline) {

	/** The same statement with another unit. */
	public NomineeSpec withUnit(String otherUnit) {
		return new NomineeSpec(this.subjectType, this.name, this.sex, this.positionTitle, otherUnit, this.birthDate,
				this.awardFormId, this.achievement, this.needsCertification, this.underDiscipline);
	}

}
