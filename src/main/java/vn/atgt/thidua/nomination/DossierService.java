package vn.atgt.thidua.nomination;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.audit.AuditLog;
import vn.atgt.thidua.plan.PlanDirectory.PlanFacts;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.shared.domain.NotFoundException;
import vn.atgt.thidua.shared.events.FieldChange;
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

	private final AuditLog audit;

	private final Clock clock;

	DossierService(DossierRepository dossiers, NomineeRepository nominees, AwardFormRepository awardForms,
			PlanDirectory plans, AgencyDirectory agencies, StoredFiles files,
			ConsolidatedSubmissionRepository submissions, WorkingCalendar calendar, AuditLog audit, Clock clock) {
		this.submissions = submissions;
		this.dossiers = dossiers;
		this.nominees = nominees;
		this.awardForms = awardForms;
		this.plans = plans;
		this.agencies = agencies;
		this.files = files;
		this.calendar = calendar;
		this.audit = audit;
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
			this.audit.record(user, "nomination.open", RECORD, dossier.getId(), plan.numberSymbol(), null);
			return dossier.getId();
		});
	}

	public Long addNominee(Long id, long version, NomineeSpec spec, CurrentUser user) {
		Dossier dossier = loadForAgency(id, user);
		dossier.requireVersion(version);
		AwardForm form = this.awardForms.findById(spec.awardFormId())
			.orElseThrow(() -> new NomineeRefusedException("awardFormId", "nomination.error.awardFormSubject"));
		Nominee nominee = dossier.addNominee(spec, form, this.clock.instant());
		this.dossiers.flush();
		this.audit.record(user, "nomination.nominee.add", RECORD, id, spec.name(),
				List.of(new FieldChange("nominee", null, spec.subjectType() + " " + spec.name() + " / " + form.getName())));
		return nominee.getId();
	}

	public void removeNominee(Long id, long version, Long nomineeId, CurrentUser user) {
		Dossier dossier = loadForAgency(id, user);
		dossier.requireVersion(version);
		String name = dossier.nominee(nomineeId).getName();
		dossier.removeNominee(nomineeId, this.clock.instant());
		this.dossiers.flush();
		this.audit.record(user, "nomination.nominee.remove", RECORD, id, name,
				List.of(new FieldChange("nominee", name, null)));
	}

	/** Stores a PDF or DOCX part (type from its bytes, at most 20 MB) under a server key with its SHA-256. */
	public void uploadPart(Long id, long version, PartKind kind, Long nomineeId, Upload upload, CurrentUser user) {
		Dossier dossier = loadForAgency(id, user);
		dossier.requireVersion(version);
		StoredFile file = this.files.store(upload, UploadPolicy.DOCUMENTS);
		dossier.addPart(kind, nomineeId, file, user.displayName(), this.clock.instant());
		this.dossiers.flush();
		this.audit.record(user, "nomination.part.upload", RECORD, id, kind + " " + file.name(),
				List.of(new FieldChange("sha256", null, file.sha256())));
	}

	public void submit(Long id, long version, CurrentUser user) {
		Dossier dossier = loadForAgency(id, user);
		dossier.requireVersion(version);
		DossierStatus before = dossier.getStatus();
		dossier.submit(this.clock.instant());
		this.dossiers.flush();
		this.audit.record(user, "nomination.submit", RECORD, id, null,
				List.of(new FieldChange("status", before.name(), dossier.getStatus().name())));
	}

	/** A stored part, for download, if the user may see its dossier; every download is audited. */
	public StoredFiles.Download part(Long id, Long partId, CurrentUser user) {
		Dossier dossier = loadVisible(id, user);
		DossierPart part = dossier.getParts().stream().filter(p -> p.getId().equals(partId)).findFirst()
			.orElseThrow(() -> new NotFoundException("DossierPart", partId));
		return this.files.download(part.getFile(), user, "nomination.part.download", RECORD, id);
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
	public List<PlanFacts> plansOpenTo(CurrentUser user) {
		if (!user.isAgencyScoped()) {
			return List.of();
		}
		return this.plans.publishedPlanIds().stream().map(this.plans::facts)
			.filter(p -> p.hasParticipant(user.agencyId())).toList();
	}

	@Transactional(readOnly = true)
	public DossierView view(Long id, CurrentUser user) {
		Dossier dossier = loadVisible(id, user);
		PlanFacts plan = this.plans.facts(dossier.getPlanId());
		Map<Long, String> formNames = this.awardForms.findAll().stream()
			.collect(Collectors.toMap(AwardForm::getId, AwardForm::getName));
		boolean office = user.isOffice();
		Map<Long, List<DuplicateHit>> duplicates = office
				? this.nominees.findDuplicatesInOtherDossiers(id).stream()
					.collect(Collectors.groupingBy(DuplicateHit::nomineeId))
				: Map.of();
		boolean seesOpinions = office || user.has(Role.REVIEWER);
		List<DossierView.NomineeView> nomineeViews = dossier.getNominees().stream()
			.map(n -> new DossierView.NomineeView(n, formNames.get(n.getAwardFormId()),
					dossier.getParts().stream().filter(p -> n.getId().equals(p.getNomineeId())).toList(),
					seesOpinions ? dossier.getOpinions().stream()
						.filter(o -> o.getNomineeId().equals(n.getId()))
						.filter(o -> office || o.getReviewerId().equals(user.id())).toList() : List.of(),
					duplicates.getOrDefault(n.getId(), List.of())))
			.toList();
		Long daysLeft = dossier.getAppraisalDueOn() == null ? null
				: this.calendar.load().daysLeft(this.calendar.today(), dossier.getAppraisalDueOn());
		return new DossierView(dossier.getId(), dossier.getVersion(), dossier.getStatus(), plan.id(),
				plan.numberSymbol(), plan.title(), dossier.getAgencyId(), this.agencies.nameOf(dossier.getAgencyId()),
				dossier.getSubmittedAt(), dossier.getReceivedOn(), dossier.getAppraisalDueOn(), daysLeft,
				dossier.getSubmissionId(), nomineeViews,
				dossier.getParts().stream().filter(p -> p.getNomineeId() == null).toList(), dossier.getReturns(),
				user.isAgencyScoped() ? List.of() : dossier.getReviewers(), dossier.missingItems(),
				decisionOf(dossier.getSubmissionId()));
	}

	private String decisionOf(Long submissionId) {
		return submissionId == null ? null : this.submissions.findById(submissionId)
			.filter(ConsolidatedSubmission::isDecided)
			.map(s -> s.getDecisionNumber() + " " + vn.atgt.thidua.shared.time.VnDates.shortDate(s.getDecisionDate()))
			.orElse(null);
	}

	@Transactional(readOnly = true)
	public List<AwardForm> activeAwardForms() {
		return this.awardForms.findByActiveTrueOrderByPositionAscIdAsc();
	}

	Dossier loadVisible(Long id, CurrentUser user) {
		Dossier dossier = this.dossiers.findById(id).orElseThrow(() -> new NotFoundException(RECORD, id));
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
