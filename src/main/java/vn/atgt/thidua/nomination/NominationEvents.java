package vn.atgt.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.AuditEntry;
import vn.atgt.thidua.shared.events.AuditedEvent;
import vn.atgt.thidua.shared.events.FieldChange;

/**
 * The facts of a nomination's life, registered by {@link Dossier}, {@link ConsolidatedSubmission} and
 * {@link AwardForm} on each transition and published when they are saved. The audit module writes each after
 * commit; {@link NominationNotifier} turns some into notifications.
 */
public final class NominationEvents {

	/** The audit row's summary column holds at most 1000 characters. */
	static final int SUMMARY_LIMIT = 990;

	private NominationEvents() {
	}

	static String shorten(String text) {
		return text == null || text.length() <= SUMMARY_LIMIT ? text : text.substring(0, SUMMARY_LIMIT) + "…";
	}

	private static AuditEntry dossier(Instant at, Actor actor, String action, Long dossierId, String summary,
			List<FieldChange> changes) {
		return new AuditEntry(at, actor, action, DossierService.RECORD, dossierId, shorten(summary), changes);
	}

	/** An agency opened its dossier for a plan. */
	public record DossierOpened(Long dossierId, Long planId, Long agencyId, String planNumber, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, "nomination.open", this.dossierId, this.planNumber, null);
		}

	}

	/** A nominee was added, typed on the page or imported from the sheet ({@code description}: type, name, form). */
	public record NomineeAdded(Long dossierId, String name, String description, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, "nomination.nominee.add", this.dossierId, this.name,
					List.of(new FieldChange("nominee", null, this.description)));
		}

	}

	/** The agency corrected a nominee in place; only the fields that changed are listed. */
	public record NomineeEdited(Long dossierId, Long nomineeId, String name, List<FieldChange> changes, Actor actor,
			Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, "nomination.nominee.edit", this.dossierId, this.name, this.changes);
		}

	}

	/** A nominee was removed with the parts uploaded for it ({@code files}: how many). */
	public record NomineeRemoved(Long dossierId, String name, int files, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, "nomination.nominee.remove", this.dossierId,
					this.files == 0 ? this.name : this.name + " (+" + this.files + " file)",
					List.of(new FieldChange("nominee", this.name, null)));
		}

	}

	/** A part was uploaded; {@code replaced}, when not null, is the name of the file it took the place of. */
	public record PartUploaded(Long dossierId, PartKind kind, String fileName, String sha256, String replaced,
			Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, this.replaced == null ? "nomination.part.upload" : "nomination.part.replace",
					this.dossierId, this.kind + " " + this.fileName,
					this.replaced == null ? List.of(new FieldChange("sha256", null, this.sha256))
							: List.of(new FieldChange("file", this.replaced, this.fileName),
									new FieldChange("sha256", null, this.sha256)));
		}

	}

	/** The agency deleted a part it had uploaded. */
	public record PartRemoved(Long dossierId, PartKind kind, String fileName, String sha256, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, "nomination.part.remove", this.dossierId, this.kind + " " + this.fileName,
					List.of(new FieldChange("sha256", this.sha256, null)));
		}

	}

	/** Rule 5: the agency recorded who confirmed a nominee's achievement report, and when. */
	public record ReportConfirmed(Long dossierId, String nomineeName, String previous, String confirmation,
			Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, "nomination.report.confirm", this.dossierId, this.nomineeName,
					List.of(new FieldChange("confirmation", this.previous, this.confirmation)));
		}

	}

	/** The office re-pointed the form an achievement report follows (a decree renumbered the forms). */
	public record ReportFormChanged(Long reportFormId, SubjectType subjectType, String previous, String formCode,
			Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "nomination.reportForm.edit", "ReportForm", this.reportFormId,
					shorten(this.subjectType + " " + this.formCode),
					List.of(new FieldChange("formCode", this.previous, this.formCode)));
		}

	}

	/** The confirmed report was replaced or removed, so its confirmation no longer holds. */
	public record ReportConfirmationWithdrawn(Long dossierId, String nomineeName, String confirmation, Actor actor,
			Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, "nomination.report.unconfirm", this.dossierId, this.nomineeName,
					List.of(new FieldChange("confirmation", this.confirmation, null)));
		}

	}

	/** Rule 16: the office issued a written notice to the agency for a nominee that failed or was not awarded. */
	public record NoticeIssued(Long dossierId, Long planId, Long agencyId, String nomineeName, NoticeKind kind,
			int number, LocalDate issuedOn, String reason, Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, "nomination.notice.issue", this.dossierId,
					this.number + " " + this.nomineeName, List.of(new FieldChange("reason", null, this.reason)));
		}

	}

	private static AuditEntry disclosure(Instant at, Actor actor, String action, Long disclosureId, String summary,
			List<FieldChange> changes) {
		return new AuditEntry(at, actor, action, "Disclosure", disclosureId, shorten(summary), changes);
	}

	/** Rule 20: the office put a plan's passing nominees on the public page from one day to another. */
	public record DisclosureOpened(Long disclosureId, Long planId, String planNumber, LocalDate opensOn,
			LocalDate closesOn, int entries, Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return disclosure(this.at, this.actor, "nomination.disclosure.open", this.disclosureId,
					this.planNumber + " " + this.opensOn + "–" + this.closesOn,
					List.of(new FieldChange("entries", null, String.valueOf(this.entries))));
		}

	}

	/** The office closed a disclosure, every comment triaged. */
	public record DisclosureClosed(Long disclosureId, Long planId, Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return disclosure(this.at, this.actor, "nomination.disclosure.close", this.disclosureId, null, null);
		}

	}

	/** Someone sent a comment on a public disclosure (not audited: the comment itself is the record). */
	public record CommentReceived(Long disclosureId, Long planId, Long commentId, Instant at) {
	}

	/** The office triaged a comment received on a disclosure. */
	public record CommentTriaged(Long disclosureId, Long commentId, DisclosureComment.Triage previous,
			DisclosureComment.Triage triage, String note, Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return disclosure(this.at, this.actor, "nomination.disclosure.triage", this.disclosureId,
					"#" + this.commentId + " " + this.triage, List.of(new FieldChange("triage",
							this.previous == null ? null : this.previous.name(), this.triage.name())));
		}

	}

	/** The office downloaded the digital dossier bundle of a consolidated submission: its SHA-256 is the record. */
	public record BundleBuilt(Long submissionId, Long planId, String sha256, long bytes, int files, Actor actor,
			Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "nomination.bundle.build", "ConsolidatedSubmission",
					this.submissionId, "SHA-256 " + this.sha256,
					List.of(new FieldChange("files", null, String.valueOf(this.files)),
							new FieldChange("bytes", null, String.valueOf(this.bytes))));
		}

	}

	/** The agency submitted the dossier (again, after a return: {@code from} says which). */
	public record DossierSubmitted(Long dossierId, Long planId, Long agencyId, DossierStatus from, Actor actor,
			Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, "nomination.submit", this.dossierId, null,
					AuditEntry.status(this.from, DossierStatus.SUBMITTED));
		}

	}

	/** The office received the dossier; the appraisal time limit runs to {@code dueOn}. */
	public record DossierReceived(Long dossierId, LocalDate dueOn, Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, "nomination.receive", this.dossierId, "due " + this.dueOn,
					AuditEntry.status(DossierStatus.SUBMITTED, DossierStatus.UNDER_APPRAISAL));
		}

	}

	/** The office returned the dossier for completion with the written list of what is missing. */
	public record DossierReturned(Long dossierId, Long planId, Long agencyId, int round, String missingItems,
			DossierStatus from, Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, "nomination.return", this.dossierId, this.missingItems,
					AuditEntry.status(this.from, DossierStatus.RETURNED_FOR_COMPLETION));
		}

	}

	/** The office assigned a reviewer (only the first time: assigning the same reviewer again changes nothing). */
	public record ReviewerAssigned(Long dossierId, Long planId, Long agencyId, Long reviewerId, String reviewerName,
			String reviewerUsername, Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, "nomination.assign", this.dossierId, this.reviewerName,
					List.of(new FieldChange("reviewer", null, this.reviewerUsername)));
		}

	}

	/** A reviewer gave (or changed) opinions; {@code summary} names each nominee with the verdict. */
	public record OpinionsGiven(Long dossierId, Long reviewerId, String summary, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, "nomination.opinion", this.dossierId, this.summary, null);
		}

	}

	/** The office recorded the appraisal result of every nominee. */
	public record DossierAppraised(Long dossierId, String summary, Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, "nomination.appraise", this.dossierId, this.summary,
					AuditEntry.status(DossierStatus.UNDER_APPRAISAL, DossierStatus.APPRAISED));
		}

	}

	/** The appraised dossier went into a consolidated submission. */
	public record DossierForwarded(Long dossierId, Long submissionId, Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, "nomination.forward", this.dossierId, "submission " + this.submissionId,
					AuditEntry.status(DossierStatus.APPRAISED, DossierStatus.FORWARDED));
		}

	}

	/** The Chairman's decision reached the dossier: its passing nominees are awarded or not. */
	public record DossierDecided(Long dossierId, Long planId, Long agencyId, String decisionNumber, String summary,
			Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, "nomination.decide", this.dossierId,
					this.summary == null ? this.decisionNumber : this.decisionNumber + ": " + this.summary,
					AuditEntry.status(DossierStatus.FORWARDED, DossierStatus.DECIDED));
		}

	}

	/** An award was revoked by a recorded revoking decision. */
	public record AwardRevoked(Long dossierId, Long nomineeId, String nomineeName, String number, String reason,
			Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, "nomination.revoke", this.dossierId,
					this.nomineeName + ": " + this.number + " " + this.reason,
					List.of(new FieldChange("nominee." + this.nomineeId, NomineeStatus.AWARDED.name(),
							NomineeStatus.REVOKED.name())));
		}

	}

	/** The office drew up a consolidated submission of a plan's passing nominees. */
	public record SubmissionCreated(Long submissionId, Long planId, String planNumber, int dossiers, Actor actor,
			Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "nomination.submission.create", SubmissionService.RECORD,
					this.submissionId, this.planNumber + " (" + this.dossiers + " dossier)", null);
		}

	}

	/** The Chairman's decision on a consolidated submission was recorded. */
	public record DecisionRecorded(Long submissionId, Long planId, String number, LocalDate date, String signer,
			Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "nomination.decision", SubmissionService.RECORD,
					this.submissionId, shorten(this.number + " " + this.date + " " + this.signer), null);
		}

	}

	/** The office changed an award form; only the fields that changed are listed. */
	public record AwardFormEdited(Long awardFormId, String name, List<FieldChange> changes, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "nomination.awardForm.edit", "AwardForm", this.awardFormId,
					shorten(this.name), this.changes);
		}

	}

	/** The office added a row to the base-salary table (ADR 0186). */
	public record BaseSalaryAdded(Long rateId, java.time.LocalDate validFrom, long amount, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "nomination.prizeRate.baseSalary", "AwardForm", null,
					"from " + this.validFrom, List.of(new FieldChange("baseSalary", null, String.valueOf(this.amount))));
		}

	}

	/** The office added a row to the coefficient table of an award form (ADR 0186). */
	public record PrizeCoefficientAdded(Long rateId, Long awardFormId, String awardFormName, SubjectType subjectType,
			java.time.LocalDate validFrom, java.math.BigDecimal coefficient, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "nomination.prizeRate.coefficient", "AwardForm", this.awardFormId,
					shorten(this.awardFormName + " " + this.subjectType + " from " + this.validFrom),
					List.of(new FieldChange("coefficient", null, this.coefficient.toPlainString())));
		}

	}

	/** The office removed a mistaken row of the base-salary table. */
	public record BaseSalaryRemoved(Long rateId, java.time.LocalDate validFrom, long amount, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "nomination.prizeRate.baseSalaryRemove", "AwardForm", null,
					"from " + this.validFrom, List.of(new FieldChange("baseSalary", String.valueOf(this.amount), null)));
		}

	}

	/** The office removed a mistaken row of the coefficient table. */
	public record PrizeCoefficientRemoved(Long rateId, Long awardFormId, String awardFormName, SubjectType subjectType,
			java.time.LocalDate validFrom, java.math.BigDecimal coefficient, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "nomination.prizeRate.coefficientRemove", "AwardForm",
					this.awardFormId, shorten(this.awardFormName + " " + this.subjectType + " from " + this.validFrom),
					List.of(new FieldChange("coefficient", this.coefficient.toPlainString(), null)));
		}

	}

	/** The office changed the scoring criteria of an award form: each criterion added, changed or removed. */
	public record CriteriaChanged(Long awardFormId, String name, List<FieldChange> changes, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "nomination.awardForm.criteria", "AwardForm", this.awardFormId,
					shorten(this.name), this.changes);
		}

	}

	/** A reviewer recused from a dossier, with the reason; the office assigns another. */
	public record ReviewerRecused(Long dossierId, Long planId, Long agencyId, Long reviewerId, String reviewerName,
			String reason, Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return dossier(this.at, this.actor, "nomination.recuse", this.dossierId,
					this.reviewerName + ": " + this.reason, List.of(new FieldChange("recusal", null, this.reason)));
		}

	}

	/** Rule 12: the office changed a plan's council vote or quota rules. */
	public record NominationRulesChanged(Long rulesId, Long planId, List<FieldChange> changes, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "nomination.rules.change", "NominationRules", this.rulesId,
					null, this.changes);
		}

	}

	/** Rule 12: the office recorded the council's vote on a consolidated submission, with its minutes. */
	public record CouncilVoteRecorded(Long submissionId, Long planId, LocalDate meetingDate, int membersTotal,
			int membersPresent, int thresholdPercent, int carried, int notCarried, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "nomination.vote.record", SubmissionService.RECORD,
					this.submissionId, this.meetingDate + " " + this.membersPresent + "/" + this.membersTotal,
					List.of(new FieldChange("thresholdPercent", null, this.thresholdPercent + "%"),
							new FieldChange("carried", null, String.valueOf(this.carried)),
							new FieldChange("notCarried", null, String.valueOf(this.notCarried))));
		}

	}

}
