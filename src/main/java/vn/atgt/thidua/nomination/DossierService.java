package vn.atgt.thidua.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.plan.PlanDirectory.PlanFacts;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.shared.domain.NotFoundException;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.security.Role;
import vn.atgt.thidua.shared.storage.StoredFile;
import vn.atgt.thidua.shared.storage.StoredFiles;
import vn.atgt.thidua.shared.storage.Upload;
import vn.atgt.thidua.shared.storage.UploadPolicy;

/**
 * The agency's side of a dossier (open, nominees, files, submit) and the one place that decides who may see a
 * dossier: the office all, an agency its own, a reviewer those assigned to them; anyone else gets 404.
 */
@Service
@Transactional
public class DossierService {

	static final String RECORD = "Dossier";

	private final DossierRepository dossiers;

	private final NomineeRepository nominees;

	private final AwardFormRepository awardForms;

	private final PlanDirectory plans;

	private final AgencyDirectory agencies;

	private final StoredFiles files;

	private final ConsolidatedSubmissionRepository submissions;

	private final WorkingCalendar calendar;

	private final ReportFormRepository reportForms;

	private final Clock clock;

	private final NominationRulesService rules;

	DossierService(DossierRepository dossiers, NomineeRepository nominees, AwardFormRepository awardForms,
			PlanDirectory plans, AgencyDirectory agencies, StoredFiles files,
			ConsolidatedSubmissionRepository submissions, WorkingCalendar calendar, ReportFormRepository reportForms,
			Clock clock, NominationRulesService rules) {
		this.rules = rules;
		this.reportForms = reportForms;
		this.submissions = submissions;
		this.dossiers = dossiers;
		this.nominees = nominees;
		this.awardForms = awardForms;
		this.plans = plans;
		this.agencies = agencies;
		this.files = files;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The agency's dossier for a published plan it takes part in; opened on first use. */
	public Long openFor(Long planId, CurrentUser user) {
		if (!user.isAgencyScoped()) {
			throw new NotFoundException("Plan", planId);
		}
		PlanFacts plan = this.plans.facts(planId);
		if (!plan.isPublished() || !plan.hasParticipant(user.agencyId())) {
			throw new NotFoundException("Plan", planId);
		}
		return this.dossiers.findByPlanIdAndAgencyId(planId, user.agencyId()).map(Dossier::getId).orElseGet(() -> {
			Dossier dossier = this.dossiers.save(Dossier.open(planId, user.agencyId(), this.clock.instant()));
			dossier.recordOpening(plan.numberSymbol(), Actor.of(user));
			return this.dossiers.save(dossier).getId();
		});
	}

	public Long addNominee(Long id, long version, NomineeSpec spec, CurrentUser user) {
		Dossier dossier = loadForAgency(id, user);
		dossier.requireVersion(version);
		refuseIfNominatedElsewhere(dossier, spec);
		Nominee nominee = dossier.addNominee(spec, awardForm(spec), Actor.of(user), this.clock.instant());
		this.dossiers.publish(dossier);
		return nominee.getId();
	}

	/** The version of the agency's own dossier, empty when it may no longer be changed (neither draft nor returned). */
	@Transactional(readOnly = true)
	public java.util.OptionalLong editableVersion(Long id, CurrentUser user) {
		Dossier dossier = loadForAgency(id, user);
		return dossier.getStatus().editableByAgency() ? java.util.OptionalLong.of(dossier.getVersion())
				: java.util.OptionalLong.empty();
	}

	/** What the agency stated about one of its nominees, to fill the edit form. */
	@Transactional(readOnly = true)
	public NomineeSpec nominee(Long id, Long nomineeId, CurrentUser user) {
		return loadForAgency(id, user).nominee(nomineeId).spec();
	}

	/** Corrects a nominee in place while the dossier is a draft or returned. */
	public void editNominee(Long id, long version, Long nomineeId, NomineeSpec spec, CurrentUser user) {
		Dossier dossier = loadForAgency(id, user);
		dossier.requireVersion(version);
		refuseIfNominatedElsewhere(dossier, spec);
		dossier.editNominee(nomineeId, spec, awardForm(spec), Actor.of(user), this.clock.instant());
		this.dossiers.publish(dossier);
	}

	/**
	 * Rule 8: the same subject proposed for the same plan by another agency is refused (the office sees both when
	 * two agencies propose at the same moment, {@link #view}).
	 */
	private void refuseIfNominatedElsewhere(Dossier dossier, NomineeSpec spec) {
		if (sameNamesElsewhere(dossier, List.of(spec.name())).stream().anyMatch(n -> sameSubject(n, spec))) {
			throw new NomineeRefusedException("name", "nomination.error.nominatedElsewhere");
		}
	}

	/** The nominees of the dossier's plan in other dossiers whose name key is one of these names' (one statement). */
	List<Nominee> sameNamesElsewhere(Dossier dossier, List<String> names) {
		List<String> keys = names.stream().map(SubjectIdentity::nameKey).distinct().toList();
		return keys.isEmpty() ? List.of()
				: this.nominees.findByPlanIdAndNameKeyIn(dossier.getPlanId(), keys).stream()
					.filter(n -> !n.getDossier().getId().equals(dossier.getId()))
					.toList();
	}

	static boolean sameSubject(Nominee nominee, NomineeSpec spec) {
		return nominee.identity().matches(SubjectIdentity.of(spec));
	}

	static boolean sameSubject(NomineeSpec one, NomineeSpec other) {
		return SubjectIdentity.of(one).matches(SubjectIdentity.of(other));
	}

	private AwardForm awardForm(NomineeSpec spec) {
		return java.util.Optional.ofNullable(spec.awardFormId()).flatMap(this.awardForms::findById)
			.orElseThrow(() -> new NomineeRefusedException("awardFormId", "nomination.error.awardFormSubject"));
	}

	/** Removes a nominee with its parts and their files. */
	public void removeNominee(Long id, long version, Long nomineeId, CurrentUser user) {
		Dossier dossier = loadForAgency(id, user);
		dossier.requireVersion(version);
		List<DossierPart> parts = dossier.removePartsOf(nomineeId);
		// the parts' rows reference the nominee's: they are deleted first, in their own flush
		this.dossiers.flush();
		dossier.removeNominee(nomineeId, parts.size(), Actor.of(user), this.clock.instant());
		this.dossiers.publish(dossier);
		parts.forEach(part -> this.files.delete(part.getFile()));
	}

	/** Stores a PDF or DOCX part (type from its bytes, at most 20 MB) under a server key with its SHA-256. */
	public void uploadPart(Long id, long version, PartKind kind, Long nomineeId, Upload upload, CurrentUser user) {
		Dossier dossier = loadForAgency(id, user);
		dossier.requireVersion(version);
		StoredFile file = this.files.store(upload, UploadPolicy.DOCUMENTS);
		dossier.addPart(kind, nomineeId, file, Actor.of(user), this.clock.instant());
		this.dossiers.publish(dossier);
	}

	/** Puts another file in the place of an uploaded part; the old file is deleted with the commit. */
	public void replacePart(Long id, long version, Long partId, Upload upload, CurrentUser user) {
		Dossier dossier = loadForAgency(id, user);
		dossier.requireVersion(version);
		dossier.part(partId);
		StoredFile file = this.files.store(upload, UploadPolicy.DOCUMENTS);
		StoredFile old = dossier.replacePart(partId, file, Actor.of(user), this.clock.instant());
		this.dossiers.publish(dossier);
		this.files.delete(old);
	}

	/** Deletes an uploaded part and its file. */
	public void removePart(Long id, long version, Long partId, CurrentUser user) {
		Dossier dossier = loadForAgency(id, user);
		dossier.requireVersion(version);
		StoredFile old = dossier.removePart(partId, Actor.of(user), this.clock.instant());
		this.dossiers.publish(dossier);
		this.files.delete(old);
	}

	/** What the confirmation page of a nominee's achievement report shows, on the agency's own dossier. */
	public record ReportConfirmationPage(String nomineeName, String formCode, ReportConfirmation current,
			boolean reportUploaded, OptionalLong editableVersion) {
	}

	@Transactional(readOnly = true)
	public ReportConfirmationPage reportConfirmation(Long id, Long nomineeId, CurrentUser user) {
		Dossier dossier = loadForAgency(id, user);
		Nominee nominee = dossier.nominee(nomineeId);
		return new ReportConfirmationPage(nominee.getName(), formCodeFor(nominee.getSubjectType()),
				nominee.getReportConfirmation(),
				dossier.getParts().stream().anyMatch(p -> p.getKind() == PartKind.BAO_CAO_THANH_TICH
						&& nomineeId.equals(p.getNomineeId())),
				dossier.getStatus().editableByAgency() ? OptionalLong.of(dossier.getVersion()) : OptionalLong.empty());
	}

	/**
	 * Rule 5: records who confirmed the nominee's achievement report at the agency, with the report form in force
	 * today; refused while the report is not uploaded or for a day still to come.
	 */
	public void confirmReport(Long id, long version, Long nomineeId, String confirmedBy, String position,
			LocalDate confirmedOn, CurrentUser user) {
		Dossier dossier = loadForAgency(id, user);
		dossier.requireVersion(version);
		Nominee nominee = dossier.nominee(nomineeId);
		ReportConfirmation confirmation = new ReportConfirmation(confirmedBy, position, confirmedOn,
				formCodeFor(nominee.getSubjectType()));
		dossier.confirmReport(nomineeId, confirmation, this.calendar.today(), Actor.of(user), this.clock.instant());
		this.dossiers.publish(dossier);
	}

	private String formCodeFor(SubjectType type) {
		return this.reportForms.findBySubjectType(type).map(ReportForm::getFormCode)
			.orElseThrow(() -> new IllegalStateException("No report form for " + type));
	}

	public void submit(Long id, long version, CurrentUser user) {
		Dossier dossier = loadForAgency(id, user);
		dossier.requireVersion(version);
		// rule 12: the plan's quota of nominees per agency and award form, when the office set one
		this.rules.checkQuota(dossier);
		dossier.submit(Actor.of(user), this.clock.instant());
		this.dossiers.publish(dossier);
	}

	/** A stored part, for download, if the user may see its dossier; every download is audited. */
	public StoredFiles.Download part(Long id, Long partId, CurrentUser user) {
		Dossier dossier = loadVisible(id, user);
		DossierPart part = dossier.getParts().stream().filter(p -> p.getId().equals(partId)).findFirst()
			.orElseThrow(() -> new NotFoundException("DossierPart", partId));
		return this.files.download(part.getFile(), user, "nomination.part.download", RECORD, id);
	}

	/** The ids of the dossier's nominees, in the page's order, if the user may see it. */
	@Transactional(readOnly = true)
	public List<Long> nomineeIds(Long id, CurrentUser user) {
		return loadVisible(id, user).getNominees().stream().map(Nominee::getId).toList();
	}

	@Transactional(readOnly = true)
	public List<AwardRow> listRows(Long id, CurrentUser user) {
		loadVisible(id, user);
		return this.nominees.findRowsOfDossier(id);
	}

	@Transactional(readOnly = true)
	public Page<DossierRow> listMine(CurrentUser user, Pageable pageable) {
		if (user.isAgencyScoped()) {
			return this.dossiers.findForAgency(user.agencyId(), pageable);
		}
		return this.dossiers.findForReviewer(user.id(), pageable);
	}

	/** Published plans the agency takes part in (where it can file a dossier). */
	@Transactional(readOnly = true)
	public List<vn.atgt.thidua.plan.PlanDirectory.PlanLabel> plansOpenTo(CurrentUser user) {
		if (!user.isAgencyScoped()) {
			return List.of();
		}
		return this.plans.publishedPlansOf(user.agencyId());
	}

	@Transactional(readOnly = true)
	public DossierView view(Long id, CurrentUser user) {
		// the nominees come with the dossier (one statement fewer on the page, issue 17)
		boolean office = user.isOffice();
		boolean seesOpinions = office || user.has(Role.REVIEWER);
		// those who appraise get the reviewers with the nominees (they are let in by them, and the scores need them)
		Dossier dossier = visible(user.isAgencyScoped() ? this.dossiers.findWithNomineesById(id)
				: this.dossiers.findWithNomineesAndReviewersById(id), id, user);
		vn.atgt.thidua.plan.PlanDirectory.PlanLabel plan = this.plans.label(dossier.getPlanId());
		// every award form once: the nominees' form names and the active ones the page offers, with the scoring
		// criteria for those who appraise (one statement)
		List<AwardForm> forms = seesOpinions ? this.awardForms.findAllWithCriteria()
				: this.awardForms.findAllByOrderByPositionAscIdAsc();
		Map<Long, String> formNames = forms.stream().collect(Collectors.toMap(AwardForm::getId, AwardForm::getName));
		// rule 8: the history of each nominee's subject, for those who appraise (never another agency's to an agency)
		Map<Long, List<PastNomination>> history = office || (user.has(Role.REVIEWER) && !user.isAgencyScoped())
				? this.nominees.findHistoryOfDossier(id).stream()
					.collect(Collectors.groupingBy(PastNomination::nomineeId))
				: Map.of();
		// the notices are read only once a nominee failed or was not awarded (no statement before)
		boolean withOutcome = dossier.getNominees().stream().anyMatch(n -> NoticeKind.of(n.getStatus()) != null);
		// a recused reviewer's opinions and scores no longer count
		Set<Long> active = seesOpinions ? dossier.activeReviewers().stream().map(ReviewerAssignment::getReviewerId)
			.collect(Collectors.toSet()) : Set.of();
		List<ReviewOpinion> opinions = seesOpinions ? dossier.getOpinions().stream()
			.filter(o -> active.contains(o.getReviewerId()))
			.filter(o -> office || o.getReviewerId().equals(user.id())).toList() : List.of();
		Set<Long> usedForms = dossier.getNominees().stream().map(Nominee::getAwardFormId).collect(Collectors.toSet());
		Map<Long, List<ScoringCriterion>> criteria = seesOpinions ? forms.stream()
			.filter(f -> usedForms.contains(f.getId()) && !f.getCriteria().isEmpty())
			.collect(Collectors.toMap(AwardForm::getId, AwardForm::getCriteria)) : Map.of();
		// the scores are read only when a nominee's form has criteria (one statement for the whole dossier)
		List<ReviewScore> scores = criteria.isEmpty() ? List.of() : dossier.getScores().stream()
			.filter(sc -> active.contains(sc.getReviewerId()))
			.filter(sc -> office || sc.getReviewerId().equals(user.id())).toList();
		List<ReviewerAssignment> columns = criteria.isEmpty() ? List.of() : dossier.activeReviewers().stream()
			.filter(r -> office || r.getReviewerId().equals(user.id())).toList();
		List<DossierView.NomineeView> nomineeViews = dossier.getNominees().stream()
			.map(n -> new DossierView.NomineeView(n, formNames.get(n.getAwardFormId()),
					dossier.getParts().stream().filter(p -> n.getId().equals(p.getNomineeId())).toList(),
					opinions.stream().filter(o -> o.getNomineeId().equals(n.getId())).toList(),
					history.getOrDefault(n.getId(), List.of()),
					withOutcome ? dossier.notice(n.getId()).orElse(null) : null,
					scoreTable(n, criteria.getOrDefault(n.getAwardFormId(), List.of()), columns, scores, opinions)))
			.toList();
		Long daysLeft = this.calendar.appraisalDaysLeft(dossier.getAppraisalDueOn());
		return new DossierView(dossier.getId(), dossier.getVersion(), dossier.getStatus(), plan.id(),
				plan.numberSymbol(), plan.title(), dossier.getAgencyId(), this.agencies.nameOf(dossier.getAgencyId()),
				dossier.getSubmittedAt(), dossier.getReceivedOn(), dossier.getAppraisalDueOn(), daysLeft,
				dossier.getSubmissionId(), nomineeViews,
				dossier.getParts().stream().filter(p -> p.getNomineeId() == null).toList(), dossier.getReturns(),
				user.isAgencyScoped() ? List.of() : dossier.getReviewers(), dossier.missingItems(),
				decisionOf(dossier.getSubmissionId()), forms.stream().filter(AwardForm::isActive).toList());
	}

	/** The scoring criteria of the award forms of the dossier's nominees, by award form (one statement, none without nominees). */
	Map<Long, List<ScoringCriterion>> criteriaOf(Dossier dossier) {
		Set<Long> formIds = dossier.getNominees().stream().map(Nominee::getAwardFormId).collect(Collectors.toSet());
		return formIds.isEmpty() ? Map.of()
				: this.awardForms.findCriteriaOf(formIds).stream()
					.collect(Collectors.groupingBy(ScoringCriterion::getAwardFormId, java.util.LinkedHashMap::new,
							Collectors.toList()));
	}

	private static ScoreTable scoreTable(Nominee nominee, List<ScoringCriterion> criteria,
			List<ReviewerAssignment> reviewers, List<ReviewScore> scores, List<ReviewOpinion> opinions) {
		if (criteria.isEmpty()) {
			return ScoreTable.NONE;
		}
		return ScoreTable.of(criteria, reviewers.stream()
			.map(r -> ScoreTable.column(r.getReviewerId(), r.getReviewerName(), criteria,
					scores.stream().filter(sc -> sc.getNomineeId().equals(nominee.getId())
							&& sc.getReviewerId().equals(r.getReviewerId())).toList(),
					opinions.stream().filter(o -> o.getNomineeId().equals(nominee.getId())
							&& o.getReviewerId().equals(r.getReviewerId()))
						.map(ReviewOpinion::getPrivateNote).filter(java.util.Objects::nonNull).findFirst().orElse(null)))
			.toList());
	}

	private String decisionOf(Long submissionId) {
		return submissionId == null ? null : this.submissions.findById(submissionId)
			.filter(ConsolidatedSubmission::isDecided)
			.map(s -> s.getDecisionNumber() + " " + vn.atgt.thidua.shared.time.VnDates.shortDate(s.getDecisionDate()))
			.orElse(null);
	}

	/** The award forms a nominee's edit form offers: the active ones, and the nominee's own if it was made inactive. */
	@Transactional(readOnly = true)
	public List<AwardForm> awardFormChoices(Long id, Long nomineeId, CurrentUser user) {
		Long current = loadForAgency(id, user).nominee(nomineeId).getAwardFormId();
		List<AwardForm> active = activeAwardForms();
		if (active.stream().anyMatch(f -> f.getId().equals(current))) {
			return active;
		}
		List<AwardForm> choices = new java.util.ArrayList<>(active);
		this.awardForms.findById(current).ifPresent(choices::add);
		return choices;
	}

	@Transactional(readOnly = true)
	public List<AwardForm> activeAwardForms() {
		return this.awardForms.findByActiveTrueOrderByPositionAscIdAsc();
	}

	Dossier loadVisible(Long id, CurrentUser user) {
		return visible(this.dossiers.findById(id), id, user);
	}

	private Dossier visible(java.util.Optional<Dossier> found, Long id, CurrentUser user) {
		Dossier dossier = found.orElseThrow(() -> new NotFoundException(RECORD, id));
		if (user.isOffice()) {
			return dossier;
		}
		if (user.isAgencyScoped() && user.agencyId().equals(dossier.getAgencyId())) {
			return dossier;
		}
		if (user.has(Role.REVIEWER) && !user.isAgencyScoped() && dossier.isAssigned(user.id())) {
			return dossier;
		}
		throw new NotFoundException(RECORD, id);
	}

	Dossier loadForAgency(Long id, CurrentUser user) {
		Dossier dossier = this.dossiers.findById(id).orElseThrow(() -> new NotFoundException(RECORD, id));
		if (!user.isAgencyScoped()) {
			throw new NotFoundException(RECORD, id);
		}
		user.requireAgency(dossier.getAgencyId(), RECORD, id);
		return dossier;
	}

}
