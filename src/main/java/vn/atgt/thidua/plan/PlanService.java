package vn.atgt.thidua.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.audit.AuditLog;
import vn.atgt.thidua.shared.events.FieldChange;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.shared.domain.NotFoundException;

/** Use cases of the movement plan. Every change is audited in the same transaction. */
@Service
@Transactional
public class PlanService {

	static final String RECORD = "Plan";

	private final PlanRepository plans;

	private final PlanAmendmentRepository amendments;

	private final AgencyDirectory agencies;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlanService(PlanRepository plans, PlanAmendmentRepository amendments, AgencyDirectory agencies, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.amendments = amendments;
		this.agencies = agencies;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public Long createDraft(PlanContent content, CurrentUser by) {
		Plan plan = this.plans.save(Plan.draft(content, this.clock.instant()));
		this.audit.record(by, "plan.create", RECORD, plan.getId(), plan.getTitle(), null);
		return plan.getId();
	}

	public void editDraft(Long id, long version, PlanContent content, CurrentUser by) {
		Plan plan = load(id);
		plan.requireVersion(version);
		Map<String, String> before = plan.snapshot();
		plan.edit(content, this.clock.instant());
		this.plans.flush();
		this.audit.record(by, "plan.edit", RECORD, id, plan.getTitle(), FieldChange.between(before, plan.snapshot()));
	}

	/** Corrects a published plan and records the amendment: who, when, why, and what changed. */
	public void amend(Long id, long version, PlanContent content, String reason, CurrentUser by) {
		Plan plan = load(id);
		plan.requireVersion(version);
		Map<String, String> before = plan.snapshot();
		plan.amend(content, this.clock.instant());
		List<FieldChange> changes = FieldChange.between(before, plan.snapshot());
		this.amendments.save(new PlanAmendment(id, this.clock.instant(), by.displayName(), reason, changes));
		this.plans.flush();
		this.audit.record(by, "plan.amend", RECORD, id, reason, changes);
	}

	public void chooseParticipants(Long id, long version, Set<Long> agencyIds, CurrentUser by) {
		Plan plan = load(id);
		plan.requireVersion(version);
		Set<Long> before = plan.getParticipantIds();
		plan.chooseParticipants(agencyIds, this.clock.instant());
		this.plans.flush();
		this.audit.record(by, "plan.participants", RECORD, id, plan.getTitle(), List.of(new FieldChange(
				"participants", before.stream().sorted().toList().toString(), agencyIds.stream().sorted().toList().toString())));
	}

	/** Gives the plan its number (unique per body, type and year) and publishes it. */
	public void publish(Long id, long version, int number, LocalDate issueDate, CurrentUser by) {
		Plan plan = load(id);
		plan.requireVersion(version);
		if (this.plans.existsByBodySymbolAndDocTypeSymbolAndYearAndNumber(plan.getBodySymbol(),
				plan.getDocTypeSymbol(), plan.getYear(), number)) {
			throw new DuplicatePlanNumberException(number + "/" + plan.getDocTypeSymbol(), plan.getYear());
		}
		plan.publish(number, issueDate, this.clock.instant());
		try {
			this.plans.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new DuplicatePlanNumberException(plan.numberSymbol(), plan.getYear());
		}
		this.audit.record(by, "plan.publish", RECORD, id, plan.numberSymbol(),
				List.of(new FieldChange("status", PlanStatus.DRAFT.name(), PlanStatus.PUBLISHED.name())));
		this.events.publishEvent(new PlanPublished(id, plan.getYear(), plan.numberSymbol(), plan.getTitle(),
				plan.getParticipantIds()));
	}

	public void close(Long id, long version, CurrentUser by) {
		Plan plan = load(id);
		plan.requireVersion(version);
		plan.close(this.clock.instant());
		this.audit.record(by, "plan.close", RECORD, id, plan.numberSymbol(),
				List.of(new FieldChange("status", PlanStatus.PUBLISHED.name(), PlanStatus.CLOSED.name())));
	}

	/** Starts next year's draft from this plan. */
	public Long copyToNewDraft(Long id, int year, CurrentUser by) {
		Plan source = load(id);
		Plan copy = this.plans.save(source.copyForYear(year, this.clock.instant()));
		this.audit.record(by, "plan.copy", RECORD, copy.getId(), "copy of " + source.numberSymbol(), null);
		return copy.getId();
	}

	@Transactional(readOnly = true)
	public int suggestNumber(Long id) {
		Plan plan = load(id);
		return this.plans.maxNumber(plan.getBodySymbol(), plan.getDocTypeSymbol(), plan.getYear()) + 1;
	}

	/** A plan as the signed-in user may see it: the office sees all; others only published plans they may read. */
	@Transactional(readOnly = true)
	public PlanView view(Long id, CurrentUser user) {
		Plan plan = load(id);
		if (!user.isOffice() && !readableBy(plan, user)) {
			throw new NotFoundException(RECORD, id);
		}
		return toView(plan);
	}

	/** A plan as anyone may read it: published or closed, never a draft. */
	@Transactional(readOnly = true)
	public PlanView publicView(Long id) {
		Plan plan = load(id);
		if (!plan.isPublic()) {
			throw new NotFoundException(RECORD, id);
		}
		return toView(plan);
	}

	@Transactional(readOnly = true)
	public PlanContent content(Long id) {
		return load(id).content();
	}

	@Transactional(readOnly = true)
	public Page<PlanSummary> list(CurrentUser user, Pageable pageable) {
		if (user.isOffice()) {
			return this.plans.findSummaries(pageable);
		}
		if (user.isAgencyScoped()) {
			return this.plans.findSummariesForAgency(user.agencyId(), pageable);
		}
		return this.plans.findPublicSummaries(pageable);
	}

	@Transactional(readOnly = true)
	public Page<PlanSummary> listPublic(Pageable pageable) {
		return this.plans.findPublicSummaries(pageable);
	}

	private boolean readableBy(Plan plan, CurrentUser user) {
		if (!plan.isPublic()) {
			return false;
		}
		return !user.isAgencyScoped() || plan.getParticipantIds().contains(user.agencyId());
	}

	private PlanView toView(Plan plan) {
		return new PlanView(plan.getId(), plan.getVersion(), plan.getStatus(), plan.getNumber(), plan.numberSymbol(),
				plan.getIssueDate(), plan.content(), this.agencies.byIds(plan.getParticipantIds()),
				this.amendments.findByPlanIdOrderByAmendedAtDesc(plan.getId()), plan.getCopiedFromId(),
				plan.getPublishedAt(), plan.getClosedAt());
	}

	private Plan load(Long id) {
		return this.plans.findWithTaskGroupsById(id).orElseThrow(() -> new NotFoundException(RECORD, id));
	}

	/** Today's date in the committee's zone (for defaults such as the issue date). */
	public LocalDate today() {
		return VnDates.today(this.clock);
	}

}
