package vn.atgt.thidua.plan.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** The office chooses which member agencies take part in a plan. */
@Controller
@RequestMapping("/plans/{id}/participants")
@PreAuthorize("hasRole('OFFICE')")
class PlanParticipantController {

	private final PlanService plans;

	private final AgencyDirectory agencies;

	PlanParticipantController(PlanService plans, AgencyDirectory agencies) {
		this.plans = plans;
		this.agencies = agencies;
	}

	@GetMapping
	String initForm(@PathVariable Long id, CurrentUser user, Model model) {
		PlanView plan = this.plans.view(id, user);
		List<AgencyOption> options = this.agencies.optionsForYear(plan.content().year());
		Map<AgencyKind, List<AgencyOption>> byKind = new TreeMap<>(
				options.stream().collect(Collectors.groupingBy(AgencyOption::kind)));
		model.addAttribute("plan", plan);
		model.addAttribute("agenciesByKind", byKind);
		model.addAttribute("selected", plan.participants().stream().map(AgencyOption::id).collect(Collectors.toSet()));
		return "plan/participants";
	}

	@PostMapping
	String save(@PathVariable Long id, @RequestParam long version,
			@RequestParam(name = "agencyIds", required = false) Set<Long> agencyIds, CurrentUser user,
			RedirectAttributes redirect) {
		Set<Long> chosen = agencyIds == null ? new HashSet<>() : new HashSet<>(agencyIds);
		Set<Long> known = this.agencies.byIds(chosen).stream().map(AgencyOption::id).collect(Collectors.toSet());
		chosen.retainAll(known);
		this.plans.chooseParticipants(id, version, chosen, user);
		Flash.success(redirect, "plan.flash.participantsSaved", chosen.size());
		return "redirect:/plans/" + id;
	}

}
