package vn.atgt.thidua.nomination.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.nomination.DisclosureComment;
import vn.atgt.thidua.nomination.DisclosureService;
import vn.atgt.thidua.nomination.NomineeRefusedException;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.text.Texts;
import vn.atgt.thidua.shared.web.Flash;

/** Rule 20, the office's side: open a disclosure, triage each comment, close the step. */
@Controller
@RequestMapping("/nominations/disclosures")
@PreAuthorize("hasRole('OFFICE')")
class DisclosureController {

	private static final int MAX_NOTE = 2000;

	private final DisclosureService disclosures;

	DisclosureController(DisclosureService disclosures) {
		this.disclosures = disclosures;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("disclosureForm", new DisclosureForm());
		return listPage(model);
	}

	@PostMapping
	String open(@Valid DisclosureForm disclosureForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Long id = this.disclosures.open(disclosureForm.getPlanId(), disclosureForm.getOpensOn(),
						disclosureForm.getClosesOn(), user);
				Flash.success(redirect, "nomination.disclosure.opened");
				return "redirect:/nominations/disclosures/" + id;
			}
			catch (NomineeRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return listPage(model);
	}

	private String listPage(Model model) {
		model.addAttribute("rows", this.disclosures.list());
		model.addAttribute("plans", this.disclosures.plans());
		return "nomination/disclosures";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		model.addAttribute("detail", this.disclosures.detail(id));
		model.addAttribute("triages", DisclosureComment.Triage.values());
		return "nomination/disclosure";
	}

	@PostMapping("/{id}/comments/{commentId}/triage")
	String triage(@PathVariable Long id, @PathVariable Long commentId,
			@RequestParam(required = false) DisclosureComment.Triage triage, jakarta.servlet.http.HttpServletRequest request,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		// read as sent (the binder refuses a NUL character with a 400 page): refused here next to the field
		String note = request.getParameter("note");
		String cleaned = Texts.clean(note);
		String problem = triage == null ? "nomination.disclosure.error.triageRequired"
				: note != null && note.indexOf('\0') >= 0 ? "common.text.nul"
				: cleaned != null && cleaned.length() > MAX_NOTE ? "nomination.disclosure.error.noteTooLong" : null;
		if (problem == null) {
			try {
				this.disclosures.triage(id, commentId, triage, cleaned, user);
				Flash.success(redirect, "nomination.disclosure.triaged");
				return "redirect:/nominations/disclosures/" + id + "#comment-" + commentId;
			}
			catch (NomineeRefusedException ex) {
				problem = ex.messageKey();
			}
		}
		// the page again, the comment's form showing the problem and what was typed
		model.addAttribute("refusedComment", commentId);
		model.addAttribute("refusedProblem", problem);
		model.addAttribute("typedTriage", triage);
		model.addAttribute("typedNote", note == null ? null : note.replace("\0", ""));
		return detail(id, model);
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable Long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
		this.disclosures.close(id, version, user);
		Flash.success(redirect, "nomination.disclosure.closedFlash");
		return "redirect:/nominations/disclosures/" + id;
	}

}
