package vn.atgt.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

import vn.atgt.thidua.nomination.NominationEvents.AwardRevoked;
import vn.atgt.thidua.nomination.NominationEvents.DossierAppraised;
import vn.atgt.thidua.nomination.NominationEvents.DossierDecided;
import vn.atgt.thidua.nomination.NominationEvents.DossierForwarded;
import vn.atgt.thidua.nomination.NominationEvents.DossierOpened;
import vn.atgt.thidua.nomination.NominationEvents.DossierReceived;
import vn.atgt.thidua.nomination.NominationEvents.DossierReturned;
import vn.atgt.thidua.nomination.NominationEvents.DossierSubmitted;
import vn.atgt.thidua.nomination.NominationEvents.NomineeAdded;
import vn.atgt.thidua.nomination.NominationEvents.NomineeEdited;
import vn.atgt.thidua.nomination.NominationEvents.NoticeIssued;
import vn.atgt.thidua.nomination.NominationEvents.NomineeRemoved;
import vn.atgt.thidua.nomination.NominationEvents.OpinionsGiven;
import vn.atgt.thidua.nomination.NominationEvents.PartRemoved;
import vn.atgt.thidua.nomination.NominationEvents.PartUploaded;
import vn.atgt.thidua.nomination.NominationEvents.ReportConfirmationWithdrawn;
import vn.atgt.thidua.nomination.NominationEvents.ReportConfirmed;
import vn.atgt.thidua.nomination.NominationEvents.ReviewerAssigned;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.domain.VersionedAggregate;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.FieldChange;
import vn.atgt.thidua.shared.storage.StoredFile;

/**
 * A nomination dossier (hồ sơ đề nghị khen thưởng) of one agency for one plan. Every step of its life is a method
 * here that checks the current state first.
 */
@Entity
@Table(name = "dossier")
public class Dossier extends VersionedAggregate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private Long agencyId;

	@Enumerated(EnumType.STRING)
	private DossierStatus status = DossierStatus.DRAFT;

	private Instant submittedAt;

	private LocalDate receivedOn;

	private LocalDate appraisalDueOn;

	private Long submissionId;

	private Instant createdAt;

	private Instant updatedAt;

	// sets, not lists: the page of those who appraise fetches both in one statement, and a list fetched beside
	// another collection would repeat each nominee once per reviewer (issue 15.3)
	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private Set<Nominee> nominees = new java.util.LinkedHashSet<>();

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<DossierPart> parts = new ArrayList<>();

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("round")
	private List<DossierReturn> returns = new ArrayList<>();

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private Set<ReviewerAssignment> reviewers = new java.util.LinkedHashSet<>();

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<ReviewOpinion> opinions = new ArrayList<>();

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<ReviewScore> scores = new ArrayList<>();

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<NomineeNotice> notices = new ArrayList<>();

	protected Dossier() {
	}

	public static Dossier open(Long planId, Long agencyId, Instant now) {
		Dossier dossier = new Dossier();
		dossier.planId = planId;
		dossier.agencyId = agencyId;
		dossier.createdAt = now;
		dossier.updatedAt = now;
		return dossier;
	}

	/** Registers the opening, once the dossier has its id. */
	void recordOpening(String planNumber, Actor by) {
		registerEvent(new DossierOpened(this.id, this.planId, this.agencyId, planNumber, by, this.createdAt));
	}

	/**
	 * Adds a nominee. Refused: an award form that does not apply to the subject, a nominee under discipline or
	 * investigation, and a second nomination of the same nominee in this dossier (folded name).
	 */
	Nominee addNominee(NomineeSpec spec, AwardForm form, Actor by, Instant now) {
		requireEditable();
		checkNominee(spec, form, null);
		Nominee nominee = new Nominee(this, spec, now);
		this.nominees.add(nominee);
		this.updatedAt = now;
		registerEvent(new NomineeAdded(this.id, spec.name(), describe(spec, form), by, now));
		return nominee;
	}

	/**
	 * Corrects every field of a nominee in place (a draft or a returned dossier), under the rules of
	 * {@link #addNominee}; an award form made inactive since may be kept, not newly chosen.
	 */
	void editNominee(Long nomineeId, NomineeSpec spec, AwardForm form, Actor by, Instant now) {
		requireEditable();
		Nominee nominee = nominee(nomineeId);
		checkNominee(spec, form, nominee);
		Map<String, String> before = nominee.snapshot();
		nominee.correct(spec);
		List<FieldChange> changes = FieldChange.between(before, nominee.snapshot());
		if (!changes.isEmpty()) {
			this.updatedAt = now;
			registerEvent(new NomineeEdited(this.id, nomineeId, spec.name(), changes, by, now));
		}
	}

	private void checkNominee(NomineeSpec spec, AwardForm form, Nominee edited) {
		if (!form.appliesTo(spec.subjectType())) {
			throw new NomineeRefusedException("awardFormId", "nomination.error.awardFormSubject");
		}
		if (!form.isActive() && (edited == null || !form.getId().equals(edited.getAwardFormId()))) {
			throw new NomineeRefusedException("awardFormId", "nomination.error.awardFormInactive");
		}
		if (spec.underDiscipline()) {
			throw new NomineeRefusedException("underDiscipline", "nomination.error.underDiscipline");
		}
		if (this.nominees.stream()
			.filter(n -> n != edited)
			.anyMatch(n -> n.identity().matches(SubjectIdentity.of(spec)))) {
			throw new NomineeRefusedException("name", "nomination.error.duplicateNominee");
		}
	}

	private static String describe(NomineeSpec spec, AwardForm form) {
		return spec.subjectType() + " " + spec.name() + " / " + form.getName();
	}

	/**
	 * First step of removing a nominee: its parts leave the dossier (the caller flushes, so their rows go before
	 * the nominee's, which they reference). Returns them, so the caller can delete their files.
	 */
	List<DossierPart> removePartsOf(Long nomineeId) {
		requireEditable();
		nominee(nomineeId);
		List<DossierPart> removed = this.parts.stream().filter(p -> nomineeId.equals(p.getNomineeId())).toList();
		this.parts.removeAll(removed);
		return removed;
	}

	/** Removes a nominee with whatever parts are still attached to it ({@code files}: how many went before). */
	void removeNominee(Long nomineeId, int files, Actor by, Instant now) {
		requireEditable();
		Nominee nominee = nominee(nomineeId);
		int left = removePartsOf(nomineeId).size();
		this.nominees.remove(nominee);
		this.updatedAt = now;
		registerEvent(new NomineeRemoved(this.id, nominee.getName(), files + left, by, now));
	}

	DossierPart addPart(PartKind kind, Long nomineeId, StoredFile file, Actor by, Instant now) {
		requireEditable();
		if (kind.perNominee() != (nomineeId != null)) {
			throw new InvalidStateException("nomination.error.partNominee");
		}
		if (nomineeId != null) {
			nominee(nomineeId);
		}
		DossierPart part = new DossierPart(this, kind, nomineeId, file, by.name(), now);
		this.parts.add(part);
		this.updatedAt = now;
		registerEvent(new PartUploaded(this.id, kind, file.name(), file.sha256(), null, by, now));
		return part;
	}

	/** Puts a new file in the place of an uploaded part (same kind, same nominee); returns the old file. */
	StoredFile replacePart(Long partId, StoredFile file, Actor by, Instant now) {
		requireEditable();
		DossierPart part = part(partId);
		StoredFile old = part.replace(file, by.name(), now);
		this.updatedAt = now;
		registerEvent(new PartUploaded(this.id, part.getKind(), file.name(), file.sha256(), old.name(), by, now));
		withdrawConfirmation(part, by, now);
		return old;
	}

	/** Deletes an uploaded part; returns its file. */
	StoredFile removePart(Long partId, Actor by, Instant now) {
		requireEditable();
		DossierPart part = part(partId);
		this.parts.remove(part);
		this.updatedAt = now;
		registerEvent(new PartRemoved(this.id, part.getKind(), part.getFile().name(), part.getFile().sha256(), by, now));
		withdrawConfirmation(part, by, now);
		return part.getFile();
	}

	// a confirmation is of the report that was uploaded: another file, or none, has to be confirmed again
	private void withdrawConfirmation(DossierPart part, Actor by, Instant now) {
		if (part.getKind() != PartKind.BAO_CAO_THANH_TICH) {
			return;
		}
		Nominee nominee = nominee(part.getNomineeId());
		ReportConfirmation was = nominee.getReportConfirmation();
		if (nominee.clearConfirmation()) {
			registerEvent(new ReportConfirmationWithdrawn(this.id, nominee.getName(), was.describe(), by, now));
		}
	}

	/**
	 * Rule 5: records who confirmed a nominee's uploaded achievement report at the proposing agency. Refused while
	 * the report is not uploaded, and for a day after {@code today}.
	 */
	void confirmReport(Long nomineeId, ReportConfirmation confirmation, LocalDate today, Actor by, Instant now) {
		requireEditable();
		Nominee nominee = nominee(nomineeId);
		if (!hasPart(PartKind.BAO_CAO_THANH_TICH, nomineeId)) {
			throw new NomineeRefusedException("confirmedBy", "nomination.error.reportNotUploaded");
		}
		if (confirmation.confirmedOn().isAfter(today)) {
			throw new NomineeRefusedException("confirmedOn", "nomination.error.confirmedInFuture");
		}
		ReportConfirmation was = nominee.getReportConfirmation();
		if (confirmation.equals(was)) {
			return;
		}
		nominee.confirmReport(confirmation);
		this.updatedAt = now;
		registerEvent(new ReportConfirmed(this.id, nominee.getName(), was == null ? null : was.describe(),
				confirmation.describe(), by, now));
	}

	public DossierPart part(Long partId) {
		return this.parts.stream().filter(p -> p.getId() != null && p.getId().equals(partId)).findFirst()
			.orElseThrow(() -> new vn.atgt.thidua.shared.domain.NotFoundException("DossierPart", partId));
	}

	/** Rules 4, 5 and 6: what the dossier still lacks (empty when it may be submitted). */
	public List<MissingItem> missingItems() {
		List<MissingItem> missing = new ArrayList<>();
		if (this.nominees.isEmpty()) {
			missing.add(new MissingItem("nomination.missing.nominees", null));
		}
		for (PartKind kind : List.of(PartKind.TO_TRINH, PartKind.DANH_SACH, PartKind.BIEN_BAN_HOP_HDTDKT)) {
			if (!hasPart(kind, null)) {
				missing.add(new MissingItem("nomination.missing." + kind, null));
			}
		}
		for (Nominee nominee : this.nominees) {
			if (!hasPart(PartKind.BAO_CAO_THANH_TICH, nominee.getId())) {
				missing.add(new MissingItem("nomination.missing.BAO_CAO_THANH_TICH", nominee.getName()));
			}
			if (!nominee.isReportConfirmed()) {
				missing.add(new MissingItem("nomination.missing.reportConfirmation", nominee.getName()));
			}
			if (nominee.isNeedsCertification() && !hasPart(PartKind.XAC_NHAN_THANH_TICH, nominee.getId())) {
				missing.add(new MissingItem("nomination.missing.XAC_NHAN_THANH_TICH", nominee.getName()));
			}
			if (nominee.isUnderDiscipline()) {
				missing.add(new MissingItem("nomination.missing.underDiscipline", nominee.getName()));
			}
		}
		return missing;
	}

	private boolean hasPart(PartKind kind, Long nomineeId) {
		return this.parts.stream().anyMatch(p -> p.getKind() == kind && Objects.equals(p.getNomineeId(), nomineeId));
	}

	void submit(Actor by, Instant now) {
		requireEditable();
		if (!missingItems().isEmpty()) {
			throw new InvalidStateException("nomination.error.incomplete");
		}
		DossierStatus from = this.status;
		if (this.status == DossierStatus.RETURNED_FOR_COMPLETION) {
			this.returns.get(this.returns.size() - 1).resubmitted(now);
		}
		this.status = DossierStatus.SUBMITTED;
		this.submittedAt = now;
		this.updatedAt = now;
		registerEvent(new DossierSubmitted(this.id, this.planId, this.agencyId, from, by, now));
	}

	/** The office receives a submitted dossier; the appraisal time limit runs from today. */
	void receive(LocalDate today, LocalDate dueOn, Actor by, Instant now) {
		requireStatus(DossierStatus.SUBMITTED);
		this.status = DossierStatus.UNDER_APPRAISAL;
		this.receivedOn = today;
		this.appraisalDueOn = dueOn;
		this.updatedAt = now;
		registerEvent(new DossierReceived(this.id, dueOn, by, now));
	}

	/** Rule 13: back to the agency with the written list of what is missing; every round is kept. */
	DossierReturn returnForCompletion(String missingItems, Actor by, Instant now) {
		if (this.status != DossierStatus.SUBMITTED && this.status != DossierStatus.UNDER_APPRAISAL) {
			throw new InvalidStateException("nomination.error.state");
		}
		DossierStatus from = this.status;
		DossierReturn round = new DossierReturn(this, this.returns.size() + 1, missingItems, by.name(), now);
		this.returns.add(round);
		this.status = DossierStatus.RETURNED_FOR_COMPLETION;
		this.receivedOn = null;
		this.appraisalDueOn = null;
		this.updatedAt = now;
		registerEvent(new DossierReturned(this.id, this.planId, this.agencyId, round.getRound(), missingItems, from,
				by, now));
		return round;
	}

	/** A reviewer of the proposing agency may never review its dossier. */
	void assignReviewer(Long reviewerId, String reviewerName, String reviewerUsername, Long reviewerAgencyId, Actor by,
			Instant now) {
		requireStatus(DossierStatus.UNDER_APPRAISAL);
		if (reviewerAgencyId != null && reviewerAgencyId.equals(this.agencyId)) {
			throw new InvalidStateException("nomination.error.reviewerConflict");
		}
		java.util.Optional<ReviewerAssignment> earlier = assignment(reviewerId);
		if (earlier.isPresent() && !earlier.get().isActive()) {
			throw new ReviewerRecusedException();
		}
		if (earlier.isPresent()) {
			return;
		}
		this.reviewers.add(new ReviewerAssignment(this, reviewerId, reviewerName, now));
		this.updatedAt = now;
		registerEvent(new ReviewerAssigned(this.id, this.planId, this.agencyId, reviewerId, reviewerName,
				reviewerUsername, by, now));
	}

	/** Assigned and not recused: only such a reviewer sees the dossier, gives opinions and counts. */
	public boolean isAssigned(Long reviewerId) {
		return assignment(reviewerId).filter(ReviewerAssignment::isActive).isPresent();
	}

	private java.util.Optional<ReviewerAssignment> assignment(Long reviewerId) {
		return this.reviewers.stream().filter(r -> r.getReviewerId().equals(reviewerId)).findFirst();
	}

	/**
	 * An assigned reviewer steps back from the dossier under appraisal, with a reason (at most 1000 characters):
	 * from then on they no longer see it nor count, and the office assigns another.
	 */
	void recuse(Long reviewerId, String reason, Actor by, Instant now) {
		requireStatus(DossierStatus.UNDER_APPRAISAL);
		ReviewerAssignment assignment = assignment(reviewerId).filter(ReviewerAssignment::isActive)
			.orElseThrow(() -> new InvalidStateException("nomination.error.notAssigned"));
		if (reason == null || reason.isBlank() || reason.length() > RECUSAL_REASON_LIMIT) {
			throw new IllegalArgumentException("a recusal needs a reason of at most " + RECUSAL_REASON_LIMIT);
		}
		assignment.recuse(reason, now);
		this.updatedAt = now;
		registerEvent(new NominationEvents.ReviewerRecused(this.id, this.planId, this.agencyId, reviewerId,
				assignment.getReviewerName(), reason, by, now));
	}

	/** The longest reason of a recusal (dossier_reviewer.recusal_reason). */
	public static final int RECUSAL_REASON_LIMIT = 1000;

	/** The reviewers still before the dossier (not recused). */
	public List<ReviewerAssignment> activeReviewers() {
		return this.reviewers.stream().filter(ReviewerAssignment::isActive).toList();
	}

	void recordOpinions(Long reviewerId, String reviewerName, List<Verdict> verdicts, Actor by, Instant now) {
		recordOpinions(reviewerId, reviewerName, verdicts, ReviewSheet.NONE, Map.of(), by, now);
	}

	/**
	 * A reviewer's verdicts, with a score on every criterion of each nominee's award form ({@code criteria}: award
	 * form id to its criteria; 0 to the criterion's highest score) and a private note; a later save replaces the
	 * reviewer's earlier scores of those nominees.
	 */
	void recordOpinions(Long reviewerId, String reviewerName, List<Verdict> verdicts, ReviewSheet sheet,
			Map<Long, List<ScoringCriterion>> criteria, Actor by, Instant now) {
		requireStatus(DossierStatus.UNDER_APPRAISAL);
		if (!isAssigned(reviewerId)) {
			throw new InvalidStateException("nomination.error.notAssigned");
		}
		for (Verdict verdict : verdicts) {
			Nominee nominee = nominee(verdict.nomineeId());
			recordScores(nominee, reviewerId, sheet.of(nominee.getId()),
					criteria.getOrDefault(nominee.getAwardFormId(), List.of()), now);
			String note = sheet.notes().get(nominee.getId());
			if (note != null && note.length() > ReviewSheet.NOTE_LIMIT) {
				throw new IllegalArgumentException("private note over " + ReviewSheet.NOTE_LIMIT);
			}
			ReviewOpinion opinion = this.opinions.stream()
				.filter(o -> o.getReviewerId().equals(reviewerId) && o.getNomineeId().equals(verdict.nomineeId()))
				.findFirst()
				.orElseGet(() -> {
					ReviewOpinion created = new ReviewOpinion(this, verdict.nomineeId(), reviewerId, reviewerName);
					this.opinions.add(created);
					return created;
				});
			opinion.record(verdict.passes(), verdict.reason(), note, now);
		}
		this.updatedAt = now;
		registerEvent(new OpinionsGiven(this.id, reviewerId, summary(verdicts), by, now));
	}

	private void recordScores(Nominee nominee, Long reviewerId, List<ReviewSheet.Score> given,
			List<ScoringCriterion> criteria, Instant now) {
		Map<Long, java.math.BigDecimal> byCriterion = new LinkedHashMap<>();
		given.forEach(s -> byCriterion.put(s.criterionId(), s.value()));
		// checked whole before anything changes: every criterion once (no other form's), from 0 to its highest
		boolean complete = byCriterion.size() == criteria.size() && criteria.stream().allMatch(c -> {
			java.math.BigDecimal value = byCriterion.get(c.getId());
			return value != null && value.signum() >= 0 && value.compareTo(c.getMaximum()) <= 0;
		});
		if (!complete) {
			throw new InvalidStateException("nomination.error.scoresIncomplete");
		}
		for (ScoringCriterion criterion : criteria) {
			java.math.BigDecimal value = byCriterion.get(criterion.getId());
			ReviewScore score = this.scores.stream()
				.filter(s -> s.of(nominee.getId(), reviewerId) && s.getCriterionId().equals(criterion.getId()))
				.findFirst()
				.orElseGet(() -> {
					ReviewScore created = new ReviewScore(this, nominee.getId(), reviewerId, criterion.getId());
					this.scores.add(created);
					return created;
				});
			score.record(value, now);
		}
		java.util.Set<Long> current = criteria.stream().map(ScoringCriterion::getId).collect(java.util.stream.Collectors.toSet());
		this.scores.removeIf(s -> s.of(nominee.getId(), reviewerId) && !current.contains(s.getCriterionId()));
	}

	/** Rule 15: every nominee passes or fails, a failure with its reason. */
	void appraise(List<Verdict> verdicts, Actor by, Instant now) {
		requireStatus(DossierStatus.UNDER_APPRAISAL);
		Map<Long, Verdict> byNominee = byNominee(verdicts);
		for (Nominee nominee : this.nominees) {
			Verdict verdict = byNominee.get(nominee.getId());
			if (verdict == null || (!verdict.passes() && verdict.reason() == null)) {
				throw new InvalidStateException("nomination.error.appraisalIncomplete");
			}
		}
		this.nominees.forEach(n -> n.appraise(byNominee.get(n.getId()).passes(), byNominee.get(n.getId()).reason()));
		this.status = DossierStatus.APPRAISED;
		this.updatedAt = now;
		registerEvent(new DossierAppraised(this.id, summary(verdicts), by, now));
	}

	public boolean hasPassingNominees() {
		return this.nominees.stream().anyMatch(n -> n.getStatus() == NomineeStatus.PASSED);
	}

	void forward(Long submissionId, Actor by, Instant now) {
		requireStatus(DossierStatus.APPRAISED);
		this.status = DossierStatus.FORWARDED;
		this.submissionId = submissionId;
		this.updatedAt = now;
		registerEvent(new DossierForwarded(this.id, submissionId, by, now));
	}

	/** Marks each passing nominee awarded or not; a nominee not awarded needs a reason. */
	void decide(List<Verdict> verdicts, String decisionNumber, Actor by, Instant now) {
		requireStatus(DossierStatus.FORWARDED);
		Map<Long, Verdict> byNominee = byNominee(verdicts);
		List<Verdict> decided = new ArrayList<>();
		for (Nominee nominee : this.nominees) {
			if (nominee.getStatus() != NomineeStatus.PASSED) {
				continue;
			}
			Verdict verdict = byNominee.get(nominee.getId());
			if (verdict == null || (!verdict.passes() && verdict.reason() == null)) {
				throw new InvalidStateException("nomination.error.decisionIncomplete");
			}
			nominee.decide(verdict.passes(), verdict.reason());
			decided.add(verdict);
		}
		this.status = DossierStatus.DECIDED;
		this.updatedAt = now;
		registerEvent(new DossierDecided(this.id, this.planId, this.agencyId, decisionNumber, summary(decided), by, now));
	}

	Nominee revoke(Long nomineeId, String number, LocalDate date, String signer, String reason, Actor by, Instant now) {
		requireStatus(DossierStatus.DECIDED);
		Nominee nominee = nominee(nomineeId);
		nominee.revoke(number, date, signer, reason);
		this.updatedAt = now;
		registerEvent(new AwardRevoked(this.id, nomineeId, nominee.getName(), number, reason, by, now));
		return nominee;
	}

	/** How verdicts read in the audit trail: each nominee by name, with its reason when it fails. */
	private String summary(List<Verdict> verdicts) {
		StringBuilder text = new StringBuilder();
		for (Verdict verdict : verdicts) {
			String name = this.nominees.stream().filter(n -> verdict.nomineeId().equals(n.getId())).map(Nominee::getName)
				.findFirst().orElse(String.valueOf(verdict.nomineeId()));
			text.append(text.isEmpty() ? "" : "; ").append(name).append(verdict.passes() ? ": đạt" : ": không đạt");
			if (verdict.reason() != null) {
				text.append(" (").append(verdict.reason()).append(')');
			}
		}
		return text.toString();
	}

	private static Map<Long, Verdict> byNominee(List<Verdict> verdicts) {
		Map<Long, Verdict> map = new LinkedHashMap<>();
		verdicts.forEach(v -> map.put(v.nomineeId(), v));
		return map;
	}

	/**
	 * Rule 16: the office's written notice to the agency for a nominee that failed appraisal or was not awarded,
	 * with the reason; one per nominee. Refused for a nominee with another outcome and a day before the outcome.
	 */
	NomineeNotice issueNotice(Long nomineeId, int number, LocalDate issuedOn, String reason, Actor by, Instant now) {
		Nominee nominee = nominee(nomineeId);
		NoticeKind kind = NoticeKind.of(nominee.getStatus());
		if (kind == null) {
			throw new InvalidStateException("nomination.notice.error.outcome");
		}
		if (notice(nomineeId).isPresent()) {
			throw new InvalidStateException("nomination.notice.error.issued");
		}
		NomineeNotice notice = new NomineeNotice(this, nomineeId, kind, number, issuedOn, reason, by.name(), now);
		this.notices.add(notice);
		this.updatedAt = now;
		registerEvent(new NoticeIssued(this.id, this.planId, this.agencyId, nominee.getName(), kind, number,
				issuedOn, reason, by, now));
		return notice;
	}

	public java.util.Optional<NomineeNotice> notice(Long nomineeId) {
		return this.notices.stream().filter(n -> n.getNomineeId().equals(nomineeId)).findFirst();
	}

	public List<NomineeNotice> getNotices() {
		return this.notices;
	}

	public Nominee nominee(Long nomineeId) {
		return this.nominees.stream()
			.filter(n -> n.getId() != null && n.getId().equals(nomineeId))
			.findFirst()
			.orElseThrow(() -> new vn.atgt.thidua.shared.domain.NotFoundException("Nominee", nomineeId));
	}

	private void requireEditable() {
		if (!this.status.editableByAgency()) {
			throw new InvalidStateException("nomination.error.notEditable");
		}
	}

	private void requireStatus(DossierStatus expected) {
		if (this.status != expected) {
			throw new InvalidStateException("nomination.error.state");
		}
	}

	/** Nominee names (by id), for the audit trail. */
	public Set<String> nomineeKeys() {
		return this.nominees.stream().map(Nominee::key).collect(java.util.stream.Collectors.toSet());
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public DossierStatus getStatus() {
		return this.status;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public LocalDate getAppraisalDueOn() {
		return this.appraisalDueOn;
	}

	public Long getSubmissionId() {
		return this.submissionId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public List<Nominee> getNominees() {
		return List.copyOf(this.nominees);
	}

	public List<DossierPart> getParts() {
		return List.copyOf(this.parts);
	}

	public List<DossierReturn> getReturns() {
		return List.copyOf(this.returns);
	}

	public List<ReviewerAssignment> getReviewers() {
		return List.copyOf(this.reviewers);
	}

	public List<ReviewScore> getScores() {
		return List.copyOf(this.scores);
	}

	public List<ReviewOpinion> getOpinions() {
		return List.copyOf(this.opinions);
	}

}
