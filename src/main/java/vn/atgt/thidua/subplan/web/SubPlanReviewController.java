package vn.atgt.thidua.subplan.web;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.storage.FileResponses;
import vn.atgt.thidua.shared.text.Texts;
import vn.atgt.thidua.shared.web.Flash;
import vn.atgt.thidua.subplan.SubPlanAttachments;
import vn.atgt.thidua.subplan.SubPlanService;

/** The office's review queue, a sub-plan's page with the differences between versions, accept and return. */
@Controller
class SubPlanReviewController {

	/** Reasons are read by a person and sent in a notification: a bound keeps a crafted megabyte out. */
	static final int MAX_REASONS = 8000;

	private final SubPlanService subPlans;

	private final SubPlanAttachments attachments;

	SubPlanReviewController(SubPlanService subPlans, SubPlanAttachments attachments) {
		this.subPlans = subPlans;
		this.attachments = attachments;
	}

	@GetMapping("/subplans/review")
	@PreAuthorize("hasRole('OFFICE')")
	String queue(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		model.addAttribute("queue", this.subPlans.reviewQueue(user, PageRequest.of(Math.max(page, 0), 20)));
		return "subplan/review";
	}

	@GetMapping("/plans/{planId}/subplans/{id}")
	String show(@PathVariable Long planId, @PathVariable Long id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, CurrentUser user, Model model) {
		SubPlanService.Review review = this.subPlans.review(planId, id, from, to, user);
		model.addAttribute("subPlan", review.subPlan());
		model.addAttribute("diff", review.diff());
		return "subplan/show";
	}

	@PostMapping("/plans/{planId}/subplans/{id}/accept")
	@PreAuthorize("hasRole('OFFICE')")
	String accept(@PathVariable Long planId, @PathVariable Long id, @RequestParam long version, CurrentUser user,
			RedirectAttributes redirect) {
		this.subPlans.accept(planId, id, version, user);
		Flash.success(redirect, "subplan.flash.accepted");
		return "redirect:/plans/" + planId + "/subplans/" + id;
	}

	@PostMapping("/plans/{planId}/subplans/{id}/return")
	@PreAuthorize("hasRole('OFFICE')")
	String returnWithReasons(@PathVariable Long planId, @PathVariable Long id, @RequestParam long version,
			@RequestParam(required = false) String reasons, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		String cleaned = Texts.clean(reasons);
		if (cleaned == null || cleaned.length() > MAX_REASONS) {
			SubPlanService.Review review = this.subPlans.review(planId, id, null, null, user);
			model.addAttribute("subPlan", review.subPlan());
			model.addAttribute("diff", review.diff());
			model.addAttribute("reasonsError", cleaned == null ? "subplan.validation.reasonsRequired" : "common.text.tooLong");
			model.addAttribute("reasonsMax", MAX_REASONS);
			return "subplan/show";
		}
		this.subPlans.returnWithReasons(planId, id, version, cleaned, user);
		Flash.success(redirect, "subplan.flash.returned");
		return "redirect:/plans/" + planId + "/subplans/" + id;
	}

	@GetMapping("/plans/{planId}/subplans/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> download(@PathVariable Long planId, @PathVariable Long id,
			@PathVariable Long attachmentId, CurrentUser user) {
		return FileResponses.attachment(this.attachments.download(planId, id, attachmentId, user));
	}

}
