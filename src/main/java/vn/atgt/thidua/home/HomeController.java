package vn.atgt.thidua.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.atgt.thidua.audit.AuditLog;
import vn.atgt.thidua.notification.Escalations;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.security.Role;

/**
 * The start page "Việc cần làm": the public landing for visitors; for an agency, per plan the state of its
 * sub-plan, report and dossier and the next step with its deadline; for a reviewer, the dossiers before them; for the
 * office, what arrived since the last visit, what waits too long and who is late.
 */
@Controller
class HomeController {

	/** "New" for someone signing in for the first time: what arrived in the last week. */
	static final Duration FIRST_VISIT = Duration.ofDays(7);

	private final PlanService plans;

	private final Escalations escalations;

	private final WorkList work;

	private final AuditLog audit;

	private final Clock clock;

	HomeController(PlanService plans, Escalations escalations, WorkList work, AuditLog audit, Clock clock) {
		this.plans = plans;
		this.escalations = escalations;
		this.work = work;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		if (user == null) {
			model.addAttribute("plans", this.plans.listPublic(PageRequest.of(0, 10)));
			return "home/public";
		}
		if (user.has(Role.AGENCY) && user.agencyId() != null) {
			model.addAttribute("agencyPlans", this.work.agency(user.agencyId()));
		}
		if (user.has(Role.REVIEWER)) {
			model.addAttribute("reviews", this.work.reviewer(user.id()));
		}
		if (user.isOffice()) {
			Instant since = this.audit.previousSignIn(user.id())
				.orElse(this.clock.instant().minus(FIRST_VISIT));
			model.addAttribute("since", since);
			model.addAttribute("arrivals", this.work.arrivals(since));
			model.addAttribute("counts", this.work.officeCounts());
			model.addAttribute("late", this.work.lateAgencies());
			model.addAttribute("escalations", this.escalations.waitingTooLong());
		}
		if (!user.isOffice() && !user.has(Role.AGENCY) && !user.has(Role.REVIEWER)) {
			model.addAttribute("plans", this.plans.list(user, PageRequest.of(0, 10)));
		}
		return "home/dashboard";
	}

}
