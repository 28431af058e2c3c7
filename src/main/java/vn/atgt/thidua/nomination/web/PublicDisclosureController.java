package vn.atgt.thidua.nomination.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.nomination.DisclosureService;
import vn.atgt.thidua.nomination.NomineeRefusedException;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.text.Texts;
import vn.atgt.thidua.shared.web.Flash;

/**
 * Rule 20, the public side: the collectives and individuals proposed (name, unit, proposing agency, award form,
 * achievement — nothing more), and a form anyone may use to comment with a contact. No comment is ever shown here.
 */
@Controller
@RequestMapping("/public/disclosures")
class PublicDisclosureController {

	private final DisclosureService disclosures;

	PublicDisclosureController(DisclosureService disclosures) {
		this.disclosures = disclosures;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("open", this.disclosures.publicNow());
		return "nomination/public-disclosures";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("commentForm", new CommentForm());
		return page(id, model);
	}

	@PostMapping("/{id}/comments")
	String comment(@PathVariable Long id, @Valid CommentForm commentForm, BindingResult result,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.disclosures.comment(id, commentForm.getEntryId(), Texts.clean(commentForm.getBody()),
						Texts.clean(commentForm.getContact()), request.getRemoteAddr());
				Flash.success(redirect, "nomination.disclosure.commentReceived");
				return "redirect:/public/disclosures/" + id;
			}
			catch (NomineeRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
			catch (InvalidStateException ex) {
				result.reject(ex.messageKey());
			}
		}
		return page(id, model);
	}

	private String page(Long id, Model model) {
		model.addAttribute("view", this.disclosures.publicView(id));
		return "nomination/public-disclosure";
	}

}
