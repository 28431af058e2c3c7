package vn.atgt.thidua.nomination.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.document.AdminDocument;
import vn.atgt.thidua.document.DocumentFormat;
import vn.atgt.thidua.document.Documents;
import vn.atgt.thidua.nomination.SubmissionDocuments;
import vn.atgt.thidua.nomination.SubmissionService;
import vn.atgt.thidua.nomination.SubmissionService.SubmissionView;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** The office's consolidated submissions (tờ trình tổng hợp), their export, the decision and revocations. */
@Controller
@RequestMapping("/nominations")
@PreAuthorize("hasRole('OFFICE')")
class SubmissionController {

	private final SubmissionService submissions;

	private final PlanDirectory plans;

	private final MessageSource messages;

	private final PlanService planViews;

	private final SubmissionDocuments submissionDocuments;

	private final Documents documents;

	SubmissionController(SubmissionService submissions, PlanDirectory plans, MessageSource messages,
			PlanService planViews, SubmissionDocuments submissionDocuments, Documents documents) {
		this.submissions = submissions;
		this.plans = plans;
		this.messages = messages;
		this.planViews = planViews;
		this.submissionDocuments = submissionDocuments;
		this.documents = documents;
	}

	@GetMapping("/submissions")
	String list(Model model) {
		model.addAttribute("submissions", this.submissions.list());
		model.addAttribute("plans", this.plans.publishedPlanIds().stream().map(this.plans::facts).toList());
		return "nomination/submissions";
	}

	@PostMapping("/submissions")
	String create(@RequestParam Long planId, CurrentUser user, RedirectAttributes redirect) {
		Long id = this.submissions.consolidate(planId, user);
		Flash.success(redirect, "nomination.flash.forwarded");
		return "redirect:/nominations/submissions/" + id;
	}

	@GetMapping("/submissions/{id}")
	String show(@PathVariable Long id, Model model) {
		var view = this.submissions.view(id);
		DecisionForm form = new DecisionForm();
		form.setVersion(view.submission().getVersion());
		model.addAttribute("decisionForm", form);
		return page(view, model);
	}

	/** The submission's page with the forms not already in the model (the one refused keeps what was typed). */
	static String page(SubmissionView view, Model model) {
		if (!model.containsAttribute("decisionForm")) {
			DecisionForm form = new DecisionForm();
			form.setVersion(view.submission().getVersion());
			model.addAttribute("decisionForm", form);
		}
		if (!model.containsAttribute("voteForm")) {
			VoteForm form = new VoteForm();
			form.setVersion(view.submission().getVersion());
			model.addAttribute("voteForm", form);
		}
		model.addAttribute("revokeForm", new DecisionForm());
		model.addAttribute("view", view);
		return "nomination/submission";
	}

	@GetMapping("/submissions/{id}/list.xlsx")
	void export(@PathVariable Long id, Locale locale, HttpServletResponse response) throws IOException {
		DossierFileController.xlsx(this.messages, locale, "to-trinh-tong-hop-" + id, this.submissions.view(id).rows(),
				response);
	}

	@GetMapping("/submissions/{id}/document.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, CurrentUser user) {
		return document(id, DocumentFormat.PDF, user);
	}

	@GetMapping("/submissions/{id}/document.docx")
	ResponseEntity<byte[]> docx(@PathVariable Long id, CurrentUser user) {
		return document(id, DocumentFormat.DOCX, user);
	}

	private ResponseEntity<byte[]> document(Long id, DocumentFormat format, CurrentUser user) {
		return download(id, format, user, this.submissionDocuments::document, SubmissionDocuments::fileName);
	}

	/** The Chairman's decision with its attached list: a draft until the decision is recorded (rule 19). */
	@GetMapping("/submissions/{id}/decision.pdf")
	ResponseEntity<byte[]> decisionPdf(@PathVariable Long id, CurrentUser user) {
		return decision(id, DocumentFormat.PDF, user);
	}

	@GetMapping("/submissions/{id}/decision.docx")
	ResponseEntity<byte[]> decisionDocx(@PathVariable Long id, CurrentUser user) {
		return decision(id, DocumentFormat.DOCX, user);
	}

	private ResponseEntity<byte[]> decision(Long id, DocumentFormat format, CurrentUser user) {
		return download(id, format, user, this.submissionDocuments::decision, SubmissionDocuments::decisionFileName);
	}

	private ResponseEntity<byte[]> download(Long id, DocumentFormat format, CurrentUser user,
			BiFunction<SubmissionView, PlanView, AdminDocument> document,
			BiFunction<SubmissionView, PlanView, String> fileName) {
		SubmissionView view = this.submissions.view(id);
		PlanView plan = this.planViews.view(view.submission().getPlanId(), user);
		return this.documents.download(document.apply(view, plan), format, fileName.apply(view, plan));
	}

	@PostMapping("/submissions/{id}/decision")
	String decide(@PathVariable Long id, @Valid @ModelAttribute DecisionForm decisionForm, BindingResult result,
			@RequestParam Map<String, String> params, CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.submissions.decide(id, decisionForm.getVersion(), decisionForm.getNumber(),
						decisionForm.getDate(), decisionForm.getSigner(), Verdicts.from(params), user);
			}
			catch (vn.atgt.thidua.shared.domain.FieldRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
			catch (InvalidStateException ex) {
				if (!"nomination.error.voteRequired".equals(ex.messageKey())) {
					throw ex;
				}
				// rule 12: refused until the council's vote is recorded, the typed decision kept
				result.reject(ex.messageKey());
			}
		}
		if (result.hasErrors()) {
			return page(this.submissions.view(id), model);
		}
		Flash.success(redirect, "nomination.flash.decided", decisionForm.getNumber());
		return "redirect:/nominations/submissions/" + id;
	}

	@PostMapping("/submissions/{id}/nominees/{nomineeId}/revoke")
	String revoke(@PathVariable Long id, @PathVariable Long nomineeId,
			@Valid @ModelAttribute("revokeForm") DecisionForm revokeForm, BindingResult result, CurrentUser user,
			RedirectAttributes redirect) {
		if (result.hasErrors() || revokeForm.getReason() == null) {
			Flash.warning(redirect, "nomination.validation.revokeIncomplete");
			return "redirect:/nominations/submissions/" + id;
		}
		this.submissions.revoke(nomineeId, revokeForm.getNumber(), revokeForm.getDate(), revokeForm.getSigner(),
				revokeForm.getReason(), user);
		Flash.success(redirect, "nomination.flash.revoked");
		return "redirect:/nominations/submissions/" + id;
	}

}
