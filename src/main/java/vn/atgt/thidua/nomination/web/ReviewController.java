package vn.atgt.thidua.nomination.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.nomination.AppraisalService;
import vn.atgt.thidua.nomination.ScoringCriterion;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.text.Texts;
import vn.atgt.thidua.shared.web.Flash;

/** A reviewer records an opinion, scores and a private note on each nominee of a dossier assigned to them, or recuses. */
@Controller
@PreAuthorize("hasRole('REVIEWER')")
class ReviewController {

	private final AppraisalService appraisal;

	private final DossierPage page;

	ReviewController(AppraisalService appraisal, DossierPage page) {
		this.appraisal = appraisal;
		this.page = page;
	}

	@PostMapping("/nominations/{id}/opinions")
	String opinions(@PathVariable Long id, @RequestParam long version, @RequestParam Map<String, String> params,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		Map<Long, List<ScoringCriterion>> criteria = this.appraisal.criteriaByNominee(id, user);
		Verdicts.Input input = Verdicts.check("opinion", params, criteria.keySet(), Verdicts.OPINION_REASON);
		Scores.Input scores = Scores.check(params, criteria);
		if (input.hasProblems() || scores.hasProblems()) {
			model.addAttribute("scoreInput", scores);
			return this.page.withVerdictProblems(id, input, user, model);
		}
		this.appraisal.recordOpinions(id, version, input.verdicts(), scores.sheet(), user);
		Flash.success(redirect, "nomination.flash.opinions");
		return "redirect:/nominations/" + id;
	}

	/** The reviewer steps back with a reason; from then on the dossier answers 404 to them. */
	@PostMapping("/nominations/{id}/recusal")
	String recuse(@PathVariable Long id, @Valid RecusalForm recusalForm, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return this.page.withProblems(id, user, model);
		}
		this.appraisal.recuse(id, recusalForm.getVersion(), Texts.clean(recusalForm.getReason()), user);
		Flash.success(redirect, "nomination.flash.recused");
		return "redirect:/nominations";
	}

}
