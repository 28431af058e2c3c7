package vn.atgt.thidua.nomination.web;

import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.nomination.AppraisalService;
import vn.atgt.thidua.nomination.ReviewerRecusedException;
import vn.atgt.thidua.shared.text.Texts;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** The office's inbox of dossiers and its steps: receive, return for completion, assign reviewers, appraise. */
@Controller
@RequestMapping("/nominations")
@PreAuthorize("hasRole('OFFICE')")
class InboxController {

	private final AppraisalService appraisal;

	private final DossierPage page;

	InboxController(AppraisalService appraisal, DossierPage page) {
		this.appraisal = appraisal;
		this.page = page;
	}

	@GetMapping("/inbox")
	String inbox(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("dossiers", this.appraisal.inbox(PageRequest.of(Math.max(page, 0), 20)));
		return "nomination/inbox";
	}

	@PostMapping("/{id}/receive")
	String receive(@PathVariable Long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
		this.appraisal.receive(id, version, user);
		Flash.success(redirect, "nomination.flash.received");
		return "redirect:/nominations/" + id;
	}

	@PostMapping("/{id}/return")
	String returnForCompletion(@PathVariable Long id, @RequestParam long version,
			@RequestParam(required = false) String missingItems, CurrentUser user, RedirectAttributes redirect) {
		String text = Texts.clean(missingItems);
		if (text == null || text.length() > 4000) {
			Flash.warning(redirect, "nomination.validation.missingItemsRequired");
			return "redirect:/nominations/" + id;
		}
		this.appraisal.returnForCompletion(id, version, text, user);
		Flash.success(redirect, "nomination.flash.returned");
		return "redirect:/nominations/" + id;
	}

	@PostMapping("/{id}/reviewers")
	String assign(@PathVariable Long id, @RequestParam long version, @RequestParam Long reviewerId, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		try {
			this.appraisal.assignReviewer(id, version, reviewerId, user);
		}
		catch (ReviewerRecusedException ex) {
			// next to the reviewer list, the reviewer still chosen
			model.addAttribute("assignProblem", ex.messageKey());
			model.addAttribute("assignReviewerId", reviewerId);
			return this.page.withProblems(id, user, model);
		}
		Flash.success(redirect, "nomination.flash.assigned");
		return "redirect:/nominations/" + id;
	}

	@PostMapping("/{id}/appraise")
	String appraise(@PathVariable Long id, @RequestParam long version, @RequestParam Map<String, String> params,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		Verdicts.Input input = Verdicts.check("appraise", params, this.page.nomineeIds(id, user),
				Verdicts.APPRAISAL_REASON);
		if (input.hasProblems()) {
			return this.page.withVerdictProblems(id, input, user, model);
		}
		this.appraisal.appraise(id, version, input.verdicts(), user);
		Flash.success(redirect, "nomination.flash.appraised");
		return "redirect:/nominations/" + id;
	}

}
