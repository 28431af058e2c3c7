package vn.atgt.thidua.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.agency.AgenciesOnDate;
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

	// the audit trail is kept in the committee's language, whoever reads it later
	private static final Locale AUDIT_LOCALE = Locale.forLanguageTag("vi");

	private final PlanRepository plans;

	private final PlanAmendmentRepository amendments;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageSource messages;

	PlanService(PlanRepository plans, PlanAmendmentRepository amendments, AgencyDirectory agencies,
			ApplicationEventPublisher events, Clock clock, MessageSource messages) {
		this.messages = messages;
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

	/** Publishes a plan the pre-publication check finds nothing in (warnings refuse it, as blocking problems do). */
	public void publish(Long id, long version, int number, LocalDate issueDate, CurrentUser by) {
		publish(id, version, number, issueDate, false, by);
	}

	/**
	 * Gives the plan its number (unique per body, type and year) and publishes it, if the pre-publication check finds
	 * no blocking problem; warnings need {@code publishAnyway}, and are then recorded with the publication.
	 */
	public void publish(Long id, long version, int number, LocalDate issueDate, boolean publishAnyway,
			CurrentUser by) {
		Plan plan = load(id);
		plan.requireVersion(version);
		PlanReadiness readiness = PlanCheck.of(plan.content(), plan.getParticipantIds().size(), today());
		if (!readiness.canPublish() || (readiness.hasWarnings() && !publishAnyway)) {
			throw new PlanNotReadyException(readiness);
		}
		if (this.plans.numberTaken(plan.getBodySymbol(), plan.getDocTypeSymbol(), issueDate.getYear(), number, id)) {
			throw new DuplicatePlanNumberException(number + "/" + plan.getDocTypeSymbol(), issueDate.getYear());
		}
		plan.publish(number, issueDate, this.clock.instant());
		try {
			this.plans.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new DuplicatePlanNumberException(plan.numberSymbol(), issueDate.getYear());
		}
		List<String> overridden = readiness.warnings().stream().map(w -> this.messages.getMessage(w, AUDIT_LOCALE)).toList();
		String overrideSummary = overridden.isEmpty() ? null : this.messages.getMessage("plan.check.auditSummary",
				new Object[] { plan.numberSymbol(), String.valueOf(overridden.size()) }, AUDIT_LOCALE);
		this.events.publishEvent(new PlanPublished(id, plan.getYear(), plan.numberSymbol(), plan.getTitle(),
				plan.getParticipantIds(), overridden, overrideSummary, Actor.of(by), this.clock.instant()));
	}

	public void close(Long id, long version, CurrentUser by) {
		Plan plan = load(id);
		plan.requireVersion(version);
		plan.close(this.clock.instant());
		this.events.publishEvent(new PlanClosed(id, plan.numberSymbol(),
				AuditEntry.status(PlanStatus.PUBLISHED, PlanStatus.CLOSED), Actor.of(by), this.clock.instant()));
	}

	/**
	 * Starts next year's draft from this plan. Participants that no longer exist when the new plan ends are replaced
	 * by their successor (proposed: the office reviews the list before publishing) or left out.
	 */
	public PlanCopy copyToNewDraft(Long id, int year, CurrentUser by) {
		Plan source = load(id);
		Plan copy = source.copyForYear(year, this.clock.instant());
		AgenciesOnDate participants = this.agencies.onDate(source.getParticipantIds(), copy.getEndDate());
		copy.chooseParticipants(participants.result(), this.clock.instant());
		copy = this.plans.save(copy);
		this.events.publishEvent(new PlanCopied(copy.getId(), "copy of " + source.numberSymbol(), null, Actor.of(by),
				this.clock.instant()));
		return new PlanCopy(copy.getId(), participants.succeeded().size(), participants.ceased().size());
	}

	/** The new draft and what became of the source's participants that had ceased by its end date. */
	public record PlanCopy(Long id, int succeeded, int ceased) {
	}

	/** What the pre-publication check finds in the plan as it is now. */
	@Transactional(readOnly = true)
	public PlanReadiness readiness(Long id) {
		Plan plan = load(id);
		return PlanCheck.of(plan.content(), plan.getParticipantIds().size(), today());
	}

	@Transactional(readOnly = true)
	public int suggestNumber(Long id) {
		return suggestNumber(id, today().getYear());
	}

	/** The next free number of the plan's body and type in the register of the year of issue. */
	public int suggestNumber(Long id, int issueYear) {
		Plan plan = load(id);
		return this.plans.maxNumber(plan.getBodySymbol(), plan.getDocTypeSymbol(), issueYear) + 1;
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
