package vn.atgt.thidua.nomination;

/** What an agency states about a nominee. */
public record NomineeSpec(SubjectType subjectType, String name, Sex sex, String positionTitle, String unit,
		Long awardFormId, String achievement, boolean needsCertification, boolean underDiscipline) {
}
