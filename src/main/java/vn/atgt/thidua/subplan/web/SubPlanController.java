package vn.atgt.thidua.subplan.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.storage.Upload;
import vn.atgt.thidua.shared.storage.UploadRefusedException;
import vn.atgt.thidua.shared.web.Flash;
import vn.atgt.thidua.shared.web.RowChange;
import vn.atgt.thidua.subplan.SubPlanAttachments;
import vn.atgt.thidua.subplan.SubPlanService;
import vn.atgt.thidua.subplan.SubPlanView;

/** An agency's own sub-plan for a plan: draft, submit, correct after a return, attach the signed scan. */
@Controller
@RequestMapping("/plans/{planId}/subplan")
@PreAuthorize("hasRole('AGENCY')")
class SubPlanController {

	static final String PAGE = "subplan/own";

	private final SubPlanService subPlans;

	private final SubPlanAttachments attachments;

	SubPlanController(SubPlanService subPlans, SubPlanAttachments attachments) {
		this.subPlans = subPlans;
		this.attachments = attachments;
	}

	@GetMapping
	String show(@PathVariable Long planId, CurrentUser user, Model model) {
		SubPlanView view = this.subPlans.own(planId, user);
		model.addAttribute("subPlan", view);
		model.addAttribute("subPlanForm", SubPlanForm.from(view.content(), view.exists() ? view.version() : null));
		return PAGE;
	}

	@PostMapping
	String save(@PathVariable Long planId, @Valid SubPlanForm subPlanForm, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @RequestParam(name = "_row", required = false) String row,
			CurrentUser user, Model model, RedirectAttributes redirect, HttpServletRequest request) {
		Optional<RowChange> rows = subPlanForm.applyRowAction(row);
		if (rows.isPresent()) {
			model.addAttribute("subPlan", this.subPlans.own(planId, user));
			return rows.get().show(PAGE, "subPlanForm", subPlanForm, model, request);
		}
		boolean submit = "submit".equals(action);
		if (submit) {
			subPlanForm.validateForSubmission(result);
		}
		if (result.hasErrors()) {
			model.addAttribute("subPlan", this.subPlans.own(planId, user));
			return PAGE;
		}
		this.subPlans.save(planId, subPlanForm.getVersion(), subPlanForm.toContent(), submit, user);
		Flash.success(redirect, submit ? "subplan.flash.submitted" : "subplan.flash.saved");
		return "redirect:/plans/" + planId + "/subplan";
	}

	@PostMapping("/attachments")
	String attach(@PathVariable Long planId, @RequestParam("file") MultipartFile file, CurrentUser user,
			RedirectAttributes redirect) {
		try {
			this.attachments.attach(planId, Upload.of(file), user);
			Flash.success(redirect, "subplan.flash.attached");
		}
		catch (UploadRefusedException ex) {
			Flash.warning(redirect, ex.messageKey());
		}
		return "redirect:/plans/" + planId + "/subplan";
	}

}
