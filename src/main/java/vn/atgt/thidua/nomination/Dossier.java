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

import vn.atgt.thidua.shared.domain.VersionedAggregate;
import vn.atgt.thidua.shared.storage.StoredFile;
import vn.atgt.thidua.shared.domain.InvalidStateException;

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

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Nominee> nominees = new ArrayList<>();

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<DossierPart> parts = new ArrayList<>();

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("round")
	private List<DossierReturn> returns = new ArrayList<>();

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<ReviewerAssignment> reviewers = new ArrayList<>();

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<ReviewOpinion> opinions = new ArrayList<>();

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

	/**
	 * Adds a nominee. Refused: an award form that does not apply to the subject, a nominee under discipline or
	 * investigation, and a second nomination of the same nominee in this dossier (folded name).
	 */
	public Nominee addNominee(NomineeSpec spec, AwardForm form, Instant now) {
		requireEditable();
		if (!form.appliesTo(spec.subjectType())) {
			throw new NomineeRefusedException("awardFormId", "nomination.error.awardFormSubject");
		}
		if (!form.isActive()) {
			throw new NomineeRefusedException("awardFormId", "nomination.error.awardFormInactive");
		}
		if (spec.underDiscipline()) {
			throw new NomineeRefusedException("underDiscipline", "nomination.error.underDiscipline");
		}
		String key = Nominee.key(spec.subjectType(), spec.name());
		if (this.nominees.stream().anyMatch(n -> n.key().equals(key))) {
			throw new NomineeRefusedException("name", "nomination.error.duplicateNominee");
		}
		Nominee nominee = new Nominee(this, spec, now);
		this.nominees.add(nominee);
		this.updatedAt = now;
		return nominee;
	}

	public void removeNominee(Long nomineeId, Instant now) {
		requireEditable();
		Nominee nominee = nominee(nomineeId);
		this.nominees.remove(nominee);
		this.parts.removeIf(p -> nomineeId.equals(p.getNomineeId()));
		this.updatedAt = now;
	}

	public DossierPart addPart(PartKind kind, Long nomineeId, StoredFile file, String by, Instant now) {
		requireEditable();
		if (kind.perNominee() != (nomineeId != null)) {
			throw new InvalidStateException("nomination.error.partNominee");
		}
		if (nomineeId != null) {
			nominee(nomineeId);
		}
		DossierPart part = new DossierPart(this, kind, nomineeId, file, by, now);
		this.parts.add(part);
		this.updatedAt = now;
		return part;
	}

	/** Rule 4 and 6: what the dossier still lacks (empty when it may be submitted). */
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

	public void submit(Instant now) {
		requireEditable();
		if (!missingItems().isEmpty()) {
			throw new InvalidStateException("nomination.error.incomplete");
		}
		if (this.status == DossierStatus.RETURNED_FOR_COMPLETION) {
			this.returns.get(this.returns.size() - 1).resubmitted(now);
		}
		this.status = DossierStatus.SUBMITTED;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	/** The office receives a submitted dossier; the appraisal time limit runs from today. */
	public void receive(LocalDate today, LocalDate dueOn, Instant now) {
		requireStatus(DossierStatus.SUBMITTED);
		this.status = DossierStatus.UNDER_APPRAISAL;
		this.receivedOn = today;
		this.appraisalDueOn = dueOn;
		this.updatedAt = now;
	}

	/** Rule 13: back to the agency with the written list of what is missing; every round is kept. */
	public DossierReturn returnForCompletion(String missingItems, String by, Instant now) {
		if (this.status != DossierStatus.SUBMITTED && this.status != DossierStatus.UNDER_APPRAISAL) {
			throw new InvalidStateException("nomination.error.state");
		}
		DossierReturn round = new DossierReturn(this, this.returns.size() + 1, missingItems, by, now);
		this.returns.add(round);
		this.status = DossierStatus.RETURNED_FOR_COMPLETION;
		this.receivedOn = null;
		this.appraisalDueOn = null;
		this.updatedAt = now;
		return round;
	}

	/** A reviewer of the proposing agency may never review its dossier. */
	public void assignReviewer(Long reviewerId, String reviewerName, Long reviewerAgencyId, Instant now) {
		requireStatus(DossierStatus.UNDER_APPRAISAL);
		if (reviewerAgencyId != null && reviewerAgencyId.equals(this.agencyId)) {
			throw new InvalidStateException("nomination.error.reviewerConflict");
		}
		if (isAssigned(reviewerId)) {
			return;
		}
		this.reviewers.add(new ReviewerAssignment(this, reviewerId, reviewerName, now));
		this.updatedAt = now;
	}

	public boolean isAssigned(Long reviewerId) {
		return this.reviewers.stream().anyMatch(r -> r.getReviewerId().equals(reviewerId));
	}

	public void recordOpinions(Long reviewerId, String reviewerName, List<Verdict> verdicts, Instant now) {
		requireStatus(DossierStatus.UNDER_APPRAISAL);
		if (!isAssigned(reviewerId)) {
			throw new InvalidStateException("nomination.error.notAssigned");
		}
		for (Verdict verdict : verdicts) {
			nominee(verdict.nomineeId());
			ReviewOpinion opinion = this.opinions.stream()
				.filter(o -> o.getReviewerId().equals(reviewerId) && o.getNomineeId().equals(verdict.nomineeId()))
				.findFirst()
				.orElseGet(() -> {
					ReviewOpinion created = new ReviewOpinion(this, verdict.nomineeId(), reviewerId, reviewerName);
					this.opinions.add(created);
					return created;
				});
			opinion.record(verdict.passes(), verdict.reason(), now);
		}
		this.updatedAt = now;
	}

	/** Rule 15: every nominee passes or fails, a failure with its reason. */
	public void appraise(List<Verdict> verdicts, Instant now) {
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
	}

	public boolean hasPassingNominees() {
		return this.nominees.stream().anyMatch(n -> n.getStatus() == NomineeStatus.PASSED);
	}

	public void forward(Long submissionId, Instant now) {
		requireStatus(DossierStatus.APPRAISED);
		this.status = DossierStatus.FORWARDED;
		this.submissionId = submissionId;
		this.updatedAt = now;
	}

	/** Marks each passing nominee awarded or not; a nominee not awarded needs a reason. */
	public void decide(List<Verdict> verdicts, Instant now) {
		requireStatus(DossierStatus.FORWARDED);
		Map<Long, Verdict> byNominee = byNominee(verdicts);
		for (Nominee nominee : this.nominees) {
			if (nominee.getStatus() != NomineeStatus.PASSED) {
				continue;
			}
			Verdict verdict = byNominee.get(nominee.getId());
			if (verdict == null || (!verdict.passes() && verdict.reason() == null)) {
				throw new InvalidStateException("nomination.error.decisionIncomplete");
			}
			nominee.decide(verdict.passes(), verdict.reason());
		}
		this.status = DossierStatus.DECIDED;
		this.updatedAt = now;
	}

	public Nominee revoke(Long nomineeId, String number, LocalDate date, String signer, String reason, Instant now) {
		requireStatus(DossierStatus.DECIDED);
		Nominee nominee = nominee(nomineeId);
		nominee.revoke(number, date, signer, reason);
		this.updatedAt = now;
		return nominee;
	}

	private static Map<Long, Verdict> byNominee(List<Verdict> verdicts) {
		Map<Long, Verdict> map = new LinkedHashMap<>();
		verdicts.forEach(v -> map.put(v.nomineeId(), v));
		return map;
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

	public List<ReviewOpinion> getOpinions() {
		return List.copyOf(this.opinions);
	}

}
