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
import vn.atgt.thidua.plan.PlanEvents.PlanAmended;
import vn.atgt.thidua.plan.PlanEvents.PlanClosed;
import vn.atgt.thidua.plan.PlanEvents.PlanCopied;
import vn.atgt.thidua.plan.PlanEvents.PlanCreated;
import vn.atgt.thidua.plan.PlanEvents.PlanEdited;
import vn.atgt.thidua.plan.PlanEvents.PlanParticipantsChosen;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.AuditEntry;
import vn.atgt.thidua.shared.events.FieldChange;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.shared.domain.NotFoundException;

/** Use cases of the movement plan. Every change publishes an event; the audit trail records it after commit. */
@Service
@Transactional
public class PlanService {

	static final String RECORD = "Plan";

	private final PlanRepository plans;

	private final PlanAmendmentRepository amendments;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlanService(PlanRepository plans, PlanAmendmentRepository amendments, AgencyDirectory agencies,
			ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.amendments = amendments;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	public Long createDraft(PlanContent content, CurrentUser by) {
		Plan plan = this.plans.save(Plan.draft(content, this.clock.instant()));
		this.events.publishEvent(new PlanCreated(plan.getId(), plan.getTitle(), null, Actor.of(by), this.clock.instant()));
		return plan.getId();
	}

	public void editDraft(Long id, long version, PlanContent content, CurrentUser by) {
		Plan plan = load(id);
		plan.requireVersion(version);
		Map<String, String> before = plan.snapshot();
		plan.edit(content, this.clock.instant());
		this.plans.flush();
		this.events.publishEvent(new PlanEdited(id, plan.getTitle(), FieldChange.between(before, plan.snapshot()),
				Actor.of(by), this.clock.instant()));
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
		this.events.publishEvent(new PlanAmended(id, reason, changes, Actor.of(by), this.clock.instant()));
	}

	public void chooseParticipants(Long id, long version, Set<Long> agencyIds, CurrentUser by) {
		Plan plan = load(id);
		plan.requireVersion(version);
		Set<Long> before = plan.getParticipantIds();
		plan.chooseParticipants(agencyIds, this.clock.instant());
		this.plans.flush();
		this.events.publishEvent(new PlanParticipantsChosen(id, plan.getTitle(), List.of(new FieldChange("participants",
				before.stream().sorted().toList().toString(), agencyIds.stream().sorted().toList().toString())),
				Actor.of(by), this.clock.instant()));
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
		this.events.publishEvent(new PlanPublished(id, plan.getYear(), plan.numberSymbol(), plan.getTitle(),
				plan.getParticipantIds(), Actor.of(by), this.clock.instant()));
	}

	public void close(Long id, long version, CurrentUser by) {
		Plan plan = load(id);
		plan.requireVersion(version);
		plan.close(this.clock.instant());
		this.events.publishEvent(new PlanClosed(id, plan.numberSymbol(),
				AuditEntry.status(PlanStatus.PUBLISHED, PlanStatus.CLOSED), Actor.of(by), this.clock.instant()));
	}

	/** Starts next year's draft from this plan. */
	public Long copyToNewDraft(Long id, int year, CurrentUser by) {
		Plan source = load(id);
		Plan copy = this.plans.save(source.copyForYear(year, this.clock.instant()));
		this.events.publishEvent(new PlanCopied(copy.getId(), "copy of " + source.numberSymbol(), null, Actor.of(by),
				this.clock.instant()));
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

	/** The plan list searched by words of the title or the number (without diacritics) and the year (null: all). */
	@Transactional(readOnly = true)
	public Page<PlanSummary> search(CurrentUser user, String query, Integer year, Pageable pageable) {
		String folded = vn.atgt.thidua.shared.text.Texts.fold(query == null ? "" : query.strip());
		String like = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		long agency = user.isOffice() ? 0 : user.isAgencyScoped() ? user.agencyId() : 0;
		return this.plans.searchSummaries(like, year == null ? 0 : year, user.isOffice(), agency, pageable);
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
