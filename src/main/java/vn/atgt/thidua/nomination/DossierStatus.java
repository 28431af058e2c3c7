package vn.atgt.thidua.nomination;

/** Life of a dossier: DRAFT → SUBMITTED → RETURNED_FOR_COMPLETION ↔ SUBMITTED → UNDER_APPRAISAL → APPRAISED → FORWARDED → DECIDED. */
public enum DossierStatus {

	DRAFT, SUBMITTED, RETURNED_FOR_COMPLETION, UNDER_APPRAISAL, APPRAISED, FORWARDED, DECIDED;

	public boolean editableByAgency() {
		return this == DRAFT || this == RETURNED_FOR_COMPLETION;
	}

}
