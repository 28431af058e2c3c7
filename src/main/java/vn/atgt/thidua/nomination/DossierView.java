package vn.atgt.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A dossier as its page shows it, to the agency, the office or an assigned reviewer. */
public record DossierView(Long id, long version, DossierStatus status, Long planId, String planNumber,
		String planTitle, Long agencyId, String agencyName, Instant submittedAt, LocalDate receivedOn,
		LocalDate appraisalDueOn, Long daysLeft, Long submissionId, List<NomineeView> nominees,
		List<DossierPart> parts, List<DossierReturn> returns, List<ReviewerAssignment> reviewers,
		List<MissingItem> missing, String decision, List<AwardForm> activeAwardForms) {

	/**
	 * A nominee with its award form name, its own files, the reviewers' opinions and its other nominations in any
	 * plan and year (rule 8; shown to the office and the assigned reviewers only), its written notice (rule 16) and
	 * the reviewers' scores (issue 15.3: all to the office, their own to a reviewer, none to the agency).
	 */
	public record NomineeView(Nominee nominee, String awardFormName, List<DossierPart> parts,
			List<ReviewOpinion> opinions, List<PastNomination> history, NomineeNotice notice,
			ScoreTable scores) {

		/** Rule 16: the nominee failed or was not awarded and has no written notice yet. */
		public boolean needsNotice() {
			return this.notice == null && NoticeKind.of(this.nominee.getStatus()) != null;
		}

		/** Other agencies' nominations of the same subject for the same plan. */
		public List<PastNomination> duplicates() {
			return this.history.stream().filter(PastNomination::samePlan).toList();
		}

	}

	public boolean editable() {
		return this.status.editableByAgency();
	}

	public boolean complete() {
		return this.missing.isEmpty();
	}

	public boolean hasDuplicates() {
		return this.nominees.stream().anyMatch(n -> !n.duplicates().isEmpty());
	}

}
