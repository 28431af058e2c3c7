package vn.atgt.thidua.report;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.agency.AgencyOption;
import org.springframework.context.ApplicationEventPublisher;

import vn.atgt.thidua.report.YearEndReportEvents.ReportCreated;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.plan.PlanDirectory.PlanFacts;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.domain.ConflictException;
import vn.atgt.thidua.shared.domain.NotFoundException;

/**
 * Use cases of year-end reports: an agency drafts, submits and (once returned) corrects its report on a published
 * plan it takes part in; the office returns it with reasons or accepts it, and reads all reports side by side.
 * Agency users get 404 for anything not theirs. Every transition registers an event: the audit trail and {@link ReportNotifier} follow it after commit.
 */
@Service
@Transactional
public class YearEndReportService {

	static final String RECORD = "YearEndReport";

	/** Reports the office has received. */
	public static final Set<ReportStatus> RECEIVED = EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.RETURNED,
			ReportStatus.ACCEPTED);

	static final Set<ReportStatus> HANDED_IN = EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED);

	/** The agency's report page: the plan, whether figures are asked for, and the report (null before a first save). */
	public record AgencyReport(PlanFacts plan, String agencyName, boolean hasArea, YearEndReport report,
			Map<Long, String> prefill, ReportParticulars defaults) {
	}

	/**
	 * A report with its plan and agency, for the detail page and the document; {@code particulars} are the report's
	 * own, or the agency's defaults for a report saved before it had any.
	 */
	public record ReportView(YearEndReport report, PlanFacts plan, String agencyName, boolean hasArea,
			ReportParticulars particulars) {
	}

	/** The office's consolidated view of a plan's reports. */
	public record Consolidated(PlanFacts plan, List<YearEndReportRows.PlanReportRow> reports,
			Map<Long, Map<Long, String>> resultsByGroupThenAgency, List<AgencyOption> missing,
			List<AgencyOption> notSent) {

		/** Reports in one state ({@code SUBMITTED}: awaiting review); every participant is in exactly one state. */
		public List<YearEndReportRows.PlanReportRow> in(ReportStatus status) {
			return this.reports.stream().filter(r -> r.status() == status).toList();
		}

		public Set<Long> acceptedAgencyIds() {
			Set<Long> ids = new LinkedHashSet<>();
			in(ReportStatus.ACCEPTED).forEach(r -> ids.add(r.agencyId()));
			return ids;
		}

		public List<YearEndReportRows.PlanReportRow> late() {
			return this.reports.stream().filter(YearEndReportRows.PlanReportRow::late).toList();
		}

		public List<YearEndReportRows.PlanReportRow> withModels() {
			return this.reports.stream().filter(r -> r.modelsFound() != null && !r.modelsFound().isBlank()).toList();
		}

	}

	private final YearEndReportRepository reports;

	private final PlanDirectory plans;

	private final AgencyDirectory agencies;

	private final ObjectProvider<AcceptedSubPlanItems> subPlanItems;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ReportLetterheads letterheads;

	YearEndReportService(YearEndReportRepository reports, PlanDirectory plans, AgencyDirectory agencies,
			ObjectProvider<AcceptedSubPlanItems> subPlanItems, ApplicationEventPublisher events, Clock clock,
			ReportLetterheads letterheads) {
		this.letterheads = letterheads;
		this.events = events;
		this.reports = reports;
		this.plans = plans;
		this.agencies = agencies;
		this.subPlanItems = subPlanItems;
		this.clock = clock;
	}

	/** The agency user's report on a plan; 404 when the plan is not published or the agency does not take part. */
	@Transactional(readOnly = true)
	public AgencyReport forAgency(Long planId, CurrentUser user) {
		PlanFacts plan = participatedPlan(planId, user);
		YearEndReport report = this.reports.findByPlanIdAndAgencyId(planId, user.agencyId()).orElse(null);
		Map<Long, String> prefill = report != null ? Map.of() : prefill(planId, user.agencyId());
		return new AgencyReport(plan, this.agencies.nameOf(user.agencyId()), this.agencies.hasArea(user.agencyId()),
				report, prefill, this.letterheads.defaults(user.agencyId(), java.time.LocalDate.now(this.clock)));
	}

	/** Saves the draft (creating it on the first save); {@code version} null only for the first save. */
	public Long save(Long planId, Long version, ReportContent content, ReportParticulars particulars, CurrentUser by) {
		return write(planId, version, content, particulars, by).getId();
	}

	/**
	 * Saves the text and particulars and submits them in one go; the days late count against the plan's report due
	 * date. Refused ({@code yearReport.error.particularsMissing}) without number, date of issue and signer.
	 */
	public YearEndReport submit(Long planId, Long version, ReportContent content, ReportParticulars particulars,
			CurrentUser by) {
		YearEndReport report = write(planId, version, content, particulars, by);
		return submit(planId, report.getVersion(), by);
	}

	private YearEndReport write(Long planId, Long version, ReportContent content, ReportParticulars particulars,
			CurrentUser by) {
		PlanFacts plan = participatedPlan(planId, by);
		ReportContent checked = checked(plan, content, by);
		YearEndReport report = this.reports.findByPlanIdAndAgencyId(planId, by.agencyId()).orElse(null);
		if (report == null) {
			if (version != null) {
				throw new ConflictException(RECORD, planId);
			}
			try {
				report = this.reports.saveAndFlush(
						YearEndReport.draft(planId, by.agencyId(), checked, particulars, this.clock.instant()));
			}
			catch (DataIntegrityViolationException ex) {
				throw new ConflictException(RECORD, planId);
			}
			// published here, not registered on the aggregate: a second save of the new report would merge its
			// element collection and raise its version
			this.events.publishEvent(new ReportCreated(report.getId(), planId, by.agencyId(), plan.numberSymbol(), null,
					Actor.of(by), this.clock.instant()));
			return report;
		}
		requireVersion(report, version);
		report.edit(checked, particulars, this.clock.instant(), Actor.of(by), plan.numberSymbol());
		return this.reports.saveAndFlush(report);
	}

	/** Submits the saved report; the days late count against the plan's report due date. */
	public YearEndReport submit(Long planId, long version, CurrentUser by) {
		PlanFacts plan = participatedPlan(planId, by);
		YearEndReport report = this.reports.findByPlanIdAndAgencyId(planId, by.agencyId())
			.orElseThrow(() -> new NotFoundException(RECORD, planId));
		report.requireVersion(version);
		report.submit(plan.reportDueDate(), this.clock.instant(), Actor.of(by), plan.numberSymbol());
		return this.reports.saveAndFlush(report);
	}

	public void returnForChanges(Long id, long version, String reason, CurrentUser by) {
		YearEndReport report = forOffice(id, version, by);
		report.returnForChanges(reason, this.clock.instant(), Actor.of(by), planNumber(report));
		this.reports.saveAndFlush(report);
	}

	public void accept(Long id, long version, CurrentUser by) {
		YearEndReport report = forOffice(id, version, by);
		report.accept(this.clock.instant(), Actor.of(by), planNumber(report));
		this.reports.saveAndFlush(report);
	}

	@Transactional(readOnly = true)
	public Page<YearEndReportRows.ReportRow> list(Long planId, ReportStatus status, CurrentUser user, Pageable pageable) {
		requireOffice(user);
		return this.reports.findRows(planId, status, pageable);
	}

	/** A report's detail: the office sees every received report; an agency only its own (404 otherwise). */
	@Transactional(readOnly = true)
	public ReportView view(Long id, CurrentUser user) {
		YearEndReport report = this.reports.findWithResultsById(id).orElseThrow(() -> new NotFoundException(RECORD, id));
		user.requireAgency(report.getAgencyId(), RECORD, id);
		if (!user.isOffice() && !user.isAgencyScoped()) {
			throw new NotFoundException(RECORD, id);
		}
		if (user.isOffice() && report.getStatus() == ReportStatus.DRAFT) {
			throw new NotFoundException(RECORD, id);
		}
		ReportParticulars particulars = report.getParticulars().isBlank()
				? this.letterheads.defaults(report.getAgencyId(), null) : report.getParticulars();
		return new ReportView(report, this.plans.facts(report.getPlanId()), this.agencies.nameOf(report.getAgencyId()),
				this.agencies.hasArea(report.getAgencyId()), particulars);
	}

	/** All received reports of a plan, every task group's results by agency, and who has not handed in. */
	@Transactional(readOnly = true)
	public Consolidated consolidated(Long planId, CurrentUser user) {
		requireOffice(user);
		PlanFacts plan = this.plans.facts(planId);
		List<YearEndReportRows.PlanReportRow> rows = this.reports.findPlanRows(planId, RECEIVED);
		Map<Long, Map<Long, String>> results = new HashMap<>();
		for (YearEndReportRows.GroupResult result : this.reports.findResults(planId, RECEIVED)) {
			results.computeIfAbsent(result.taskGroupId(), k -> new HashMap<>()).put(result.agencyId(), result.result());
		}
		Set<Long> missingIds = new LinkedHashSet<>(plan.participantIds());
		rows.stream().filter(r -> HANDED_IN.contains(r.status())).forEach(r -> missingIds.remove(r.agencyId()));
		// a participant without a received report (none, or a draft) has not sent one: its only state
		Set<Long> notSentIds = new LinkedHashSet<>(missingIds);
		rows.forEach(r -> notSentIds.remove(r.agencyId()));
		List<AgencyOption> missing = this.agencies.byIds(missingIds);
		return new Consolidated(plan, rows, results, missing,
				missing.stream().filter(a -> notSentIds.contains(a.id())).toList());
	}

	/** Participants of the plan without a submitted or accepted report (a returned one counts as not handed in). */
	@Transactional(readOnly = true)
	public Set<Long> agenciesNotSubmitted(Long planId) {
		Set<Long> missing = new LinkedHashSet<>(this.plans.facts(planId).participantIds());
		this.reports.findAgencyIds(planId, HANDED_IN).forEach(missing::remove);
		return missing;
	}

	private String planNumber(YearEndReport report) {
		return this.plans.facts(report.getPlanId()).numberSymbol();
	}

	private YearEndReport forOffice(Long id, long version, CurrentUser by) {
		requireOffice(by);
		YearEndReport report = this.reports.findWithResultsById(id).orElseThrow(() -> new NotFoundException(RECORD, id));
		report.requireVersion(version);
		return report;
	}

	private PlanFacts participatedPlan(Long planId, CurrentUser user) {
		if (!user.isAgencyScoped() || user.agencyId() == null) {
			throw new AccessDeniedException("yearReport.error.agencyOnly");
		}
		PlanFacts plan = this.plans.facts(planId);
		if (!plan.isPublished() || !plan.hasParticipant(user.agencyId())) {
			throw new NotFoundException("Plan", planId);
		}
		return plan;
	}

	// results only for the plan's task groups; figures only from an agency with an area
	private ReportContent checked(PlanFacts plan, ReportContent content, CurrentUser by) {
		Set<Long> groups = new LinkedHashSet<>();
		plan.taskGroups().forEach(g -> groups.add(g.id()));
		Map<Long, String> results = new HashMap<>(content.results());
		results.keySet().retainAll(groups);
		AreaFigures figures = this.agencies.hasArea(by.agencyId()) ? content.figures() : null;
		return new ReportContent(results, content.dissemination(), content.modelsFound(), figures, content.strengths(),
				content.limits(), content.causes(), content.proposals());
	}

	private Map<Long, String> prefill(Long planId, Long agencyId) {
		AcceptedSubPlanItems source = this.subPlanItems.getIfAvailable();
		return source == null ? Map.of() : source.itemsByTaskGroup(planId, agencyId);
	}

	private static void requireVersion(YearEndReport report, Long version) {
		if (version == null) {
			throw new ConflictException(RECORD, report.getId());
		}
		report.requireVersion(version);
	}

	private static void requireOffice(CurrentUser user) {
		if (!user.isOffice()) {
			throw new AccessDeniedException("office only");
		}
	}

}
