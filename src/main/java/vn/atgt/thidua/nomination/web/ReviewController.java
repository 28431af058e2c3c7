package vn.atgt.thidua.nomination.web;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.nomination.AppraisalService;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** A reviewer records an opinion on each nominee of a dossier assigned to them. */
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
		Verdicts.Input input = Verdicts.check("opinion", params, this.page.nomineeIds(id, user), Verdicts.OPINION_REASON);
		if (input.hasProblems()) {
			return this.page.withVerdictProblems(id, input, user, model);
		}
		this.appraisal.recordOpinions(id, version, input.verdicts(), user);
		Flash.success(redirect, "nomination.flash.opinions");
		return "redirect:/nominations/" + id;
	}

}
