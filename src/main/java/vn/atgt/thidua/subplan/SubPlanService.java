package vn.atgt.thidua.subplan;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.FieldChange;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.plan.PlanDirectory.PlanFacts;
import vn.atgt.thidua.plan.TaskGroupSpec;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.security.Role;
import vn.atgt.thidua.shared.domain.NotFoundException;

/**
 * Use cases of the sub-plan: an agency drafts and submits its own; the office reviews. Each transition registers an
 * event on the aggregate; the audit trail and {@link SubPlanNotifier} react to it after commit.
 */
@Service
@Transactional
public class SubPlanService {

	static final String RECORD = "SubPlan";

	private final SubPlanRepository subPlans;

	private final SubPlanVersionRepository versions;

	private final SubPlanAttachmentRepository attachments;

	private final PlanDirectory plans;

	private final AgencyDirectory agencies;

	private final Clock clock;

	SubPlanService(SubPlanRepository subPlans, SubPlanVersionRepository versions,
			SubPlanAttachmentRepository attachments, PlanDirectory plans, AgencyDirectory agencies, Clock clock) {
		this.subPlans = subPlans;
		this.versions = versions;
		this.attachments = attachments;
		this.plans = plans;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** The items of the agency's ACCEPTED sub-plan for a plan (empty when none is accepted): year-end reports start from them. */
	@Transactional(readOnly = true)
	public List<SubPlanItem> acceptedItems(Long planId, Long agencyId) {
		return this.subPlans.findByPlanIdAndAgencyId(planId, agencyId)
			.filter(s -> s.getStatus() == SubPlanStatus.ACCEPTED)
			.map(SubPlan::getItems)
			.orElse(List.of());
	}

	/** The signed-in agency's own sub-plan page for a plan (an empty one before the first save). */
	@Transactional(readOnly = true)
	public SubPlanView own(Long planId, CurrentUser user) {
		PlanFacts plan = planOfAgency(planId, user);
		return this.subPlans.findByPlanIdAndAgencyId(planId, user.agencyId())
			.map(s -> toView(plan, s))
			.orElseGet(() -> new SubPlanView(null, 0, planId, plan.numberSymbol(), plan.title(), plan.year(),
					plan.subPlanDueDate(), user.agencyId(), this.agencies.nameOf(user.agencyId()),
					SubPlanStatus.DRAFT, null, null, null, null, null, List.of(), List.of(), plan.taskGroups()));
	}

	/** Saves the agency's draft (creating it on the first save); optionally submits it in the same step. */
	public Long save(Long planId, Long expectedVersion, SubPlanContent content, boolean submit, CurrentUser user) {
		PlanFacts plan = planOfAgency(planId, user);
		if (!plan.isPublished()) {
			throw new vn.atgt.thidua.shared.domain.InvalidStateException("subplan.error.planNotPublished");
		}
		SubPlan subPlan = this.subPlans.findByPlanIdAndAgencyId(planId, user.agencyId()).orElse(null);
		Actor actor = Actor.of(user);
		if (subPlan == null) {
			subPlan = this.subPlans.save(SubPlan.draft(planId, user.agencyId(), content, this.clock.instant()));
			subPlan.recordCreation(plan.numberSymbol(), actor);
		}
		else {
			subPlan.requireVersion(expectedVersion == null ? -1 : expectedVersion);
			subPlan.edit(content, this.clock.instant(), actor, plan.numberSymbol());
		}
		if (submit) {
			submit(plan, subPlan, user, actor);
		}
		this.subPlans.saveAndFlush(subPlan);
		return subPlan.getId();
	}

	private void submit(PlanFacts plan, SubPlan subPlan, CurrentUser user, Actor actor) {
		Set<Long> groupIds = plan.taskGroups().stream().map(TaskGroupSpec::id).collect(Collectors.toSet());
		int number = this.versions.countBySubplanId(subPlan.getId()) + 1;
		int late = subPlan.submit(plan.subPlanDueDate(), groupIds, this.clock.instant(), actor, number);
		this.versions.save(new SubPlanVersion(subPlan.getId(), number, subPlan.getSubmittedAt(), user.displayName(),
				late, subPlan.snapshot()));
	}

	/** A sub-plan as the office, a reviewer or its own agency reads it. */
	@Transactional(readOnly = true)
	public SubPlanView view(Long planId, Long id, CurrentUser user) {
		SubPlan subPlan = load(planId, id, user);
		return toView(this.plans.facts(planId), subPlan);
	}

	/** The office's (or owner's) page of one sub-plan: the sub-plan and what changed, read once (issue 17). */
	public record Review(SubPlanView subPlan, List<DiffRow> diff) {
	}

	@Transactional(readOnly = true)
	public Review review(Long planId, Long id, Integer from, Integer to, CurrentUser user) {
		SubPlan subPlan = load(planId, id, user);
		List<SubPlanVersion> all = this.versions.findBySubplanIdOrderByNumber(subPlan.getId());
		return new Review(toView(this.plans.facts(planId), subPlan, all), diff(all, from, to, id));
	}

	/** What changed between two submitted versions (default: the last two). */
	@Transactional(readOnly = true)
	public List<DiffRow> diff(Long planId, Long id, Integer from, Integer to, CurrentUser user) {
		SubPlan subPlan = load(planId, id, user);
		return diff(this.versions.findBySubplanIdOrderByNumber(subPlan.getId()), from, to, id);
	}

	private static List<DiffRow> diff(List<SubPlanVersion> all, Integer from, Integer to, Long id) {
		if (all.size() < 2 && (from == null || to == null)) {
			return List.of();
		}
		int toNumber = to == null ? all.size() : to;
		int fromNumber = from == null ? toNumber - 1 : from;
		SubPlanVersion older = versionNumber(all, fromNumber, id);
		SubPlanVersion newer = versionNumber(all, toNumber, id);
		return FieldChange.between(older.getSnapshot(), newer.getSnapshot()).stream()
			.map(c -> DiffRow.of(c.field(), c.oldValue(), c.newValue()))
			.toList();
	}

	public void accept(Long planId, Long id, long version, CurrentUser user) {
		requireOffice(user, id);
		SubPlan subPlan = load(planId, id, user);
		subPlan.requireVersion(version);
		subPlan.accept(Actor.of(user), this.clock.instant());
		this.subPlans.saveAndFlush(subPlan);
	}

	public void returnWithReasons(Long planId, Long id, long version, String reasons, CurrentUser user) {
		requireOffice(user, id);
		SubPlan subPlan = load(planId, id, user);
		subPlan.requireVersion(version);
		subPlan.returnWithReasons(reasons, Actor.of(user), this.clock.instant());
		this.subPlans.saveAndFlush(subPlan);
	}

	@Transactional(readOnly = true)
	public Page<ReviewRow> reviewQueue(CurrentUser user, Pageable pageable) {
		requireOffice(user, null);
		return this.subPlans.findReviewQueue(pageable);
	}

	/** Loads a sub-plan of the plan; an agency user asking for another agency's gets 404. */
	SubPlan load(Long planId, Long id, CurrentUser user) {
		SubPlan subPlan = this.subPlans.findById(id)
			.filter(s -> s.getPlanId().equals(planId))
			.orElseThrow(() -> new NotFoundException(RECORD, id));
		if (!user.isOffice()) {
			if (!user.has(Role.AGENCY)) {
				throw new NotFoundException(RECORD, id);
			}
			user.requireAgency(subPlan.getAgencyId(), RECORD, id);
		}
		return subPlan;
	}

	/** The plan, if the signed-in agency takes part in it; 404 otherwise. */
	private PlanFacts planOfAgency(Long planId, CurrentUser user) {
		PlanFacts plan = this.plans.facts(planId);
		if (user.agencyId() == null || !user.has(Role.AGENCY) || !plan.hasParticipant(user.agencyId())
				|| plan.status() == vn.atgt.thidua.plan.PlanStatus.DRAFT) {
			throw new NotFoundException("Plan", planId);
		}
		return plan;
	}

	/** Long reasons are cut in the notification (the page shows them in full). */
	static String shorten(String text) {
		return text == null || text.length() <= 300 ? text : text.substring(0, 299) + "…";
	}

	private static void requireOffice(CurrentUser user, Long id) {
		if (!user.isOffice()) {
			throw new NotFoundException(RECORD, id);
		}
	}

	private static SubPlanVersion versionNumber(List<SubPlanVersion> all, int number, Long id) {
		return all.stream().filter(v -> v.getNumber() == number).findFirst()
			.orElseThrow(() -> new NotFoundException("SubPlanVersion", id + "/" + number));
	}

	private SubPlanView toView(PlanFacts plan, SubPlan s) {
		return toView(plan, s, this.versions.findBySubplanIdOrderByNumber(s.getId()));
	}

	private SubPlanView toView(PlanFacts plan, SubPlan s, List<SubPlanVersion> versions) {
		List<VersionInfo> versionInfos = versions.stream()
			.map(v -> new VersionInfo(v.getNumber(), v.getSubmittedAt(), v.getSubmittedBy(), v.getDaysLate()))
			.toList();
		return new SubPlanView(s.getId(), s.getVersion(), plan.id(), plan.numberSymbol(), plan.title(), plan.year(),
				plan.subPlanDueDate(), s.getAgencyId(), this.agencies.nameOf(s.getAgencyId()), s.getStatus(),
				s.content(), s.getSubmittedAt(), s.getDaysLate(), s.getReturnReasons(), s.getReviewedBy(),
				versionInfos, this.attachments.findBySubplanIdOrderById(s.getId()), plan.taskGroups());
	}

}
