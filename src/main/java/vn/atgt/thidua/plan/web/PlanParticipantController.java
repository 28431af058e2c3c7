package vn.atgt.thidua.plan.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.agency.AgencyKind;
import vn.atgt.thidua.agency.AgencyOption;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/**
 * The office chooses which member agencies take part in a plan: among those in existence on the plan's end date
 * (ADR 0171); agencies already taking part stay listed, and once the plan is published they cannot be removed.
 */
@Controller
@RequestMapping("/plans/{id}/participants")
@PreAuthorize("hasRole('OFFICE')")
class PlanParticipantController {

	static final String PAGE = "plan/participants";

	private final PlanService plans;

	private final AgencyDirectory agencies;

	PlanParticipantController(PlanService plans, AgencyDirectory agencies) {
		this.plans = plans;
		this.agencies = agencies;
	}

	@GetMapping
	String initForm(@PathVariable Long id, CurrentUser user, Model model) {
		PlanView plan = this.plans.view(id, user);
		return page(plan, plan.participants().stream().map(AgencyOption::id).collect(Collectors.toSet()), null, model);
	}

	@PostMapping
	String save(@PathVariable Long id, @RequestParam long version,
			@RequestParam(name = "agencyIds", required = false) Set<Long> agencyIds, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		PlanView plan = this.plans.view(id, user);
		Set<Long> chosen = agencyIds == null ? new HashSet<>() : new HashSet<>(agencyIds);
		chosen.retainAll(offered(plan).stream().map(AgencyOption::id).collect(Collectors.toSet()));
		try {
			this.plans.chooseParticipants(id, version, chosen, user);
		}
		catch (InvalidStateException ex) {
			return page(plan, chosen, ex.messageKey(), model);
		}
		Flash.success(redirect, "plan.flash.participantsSaved", chosen.size());
		return "redirect:/plans/" + id;
	}

	// agencies in existence when the plan ends, and those already taking part (a ceased one is marked, not hidden)
	private List<AgencyOption> offered(PlanView plan) {
		Map<Long, AgencyOption> offered = new LinkedHashMap<>();
		Stream.concat(this.agencies.optionsValidOn(plan.content().endDate()).stream(), plan.participants().stream())
			.forEach(a -> offered.putIfAbsent(a.id(), a));
		return List.copyOf(offered.values());
	}

	private String page(PlanView plan, Set<Long> selected, String error, Model model) {
		Map<AgencyKind, List<AgencyOption>> byKind = new TreeMap<>(
				offered(plan).stream().collect(Collectors.groupingBy(AgencyOption::kind)));
		model.addAttribute("plan", plan);
		model.addAttribute("agenciesByKind", byKind);
		model.addAttribute("selected", selected);
		model.addAttribute("locked", plan.isPublished()
				? plan.participants().stream().map(AgencyOption::id).collect(Collectors.toSet()) : Set.of());
		model.addAttribute("participantsError", error);
		return PAGE;
	}

}
