package vn.atgt.thidua.nomination.web;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.document.DocumentFormat;
import vn.atgt.thidua.document.Documents;
import vn.atgt.thidua.nomination.NomineeRefusedException;
import vn.atgt.thidua.nomination.NoticeDocuments;
import vn.atgt.thidua.nomination.NoticeService;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/**
 * Rule 16: the office issues the written notice for a nominee that failed appraisal or was not awarded; the agency
 * (and the office) print it from the dossier page. Another agency gets 404.
 */
@Controller
@RequestMapping("/nominations/{id}")
class NoticeController {

	static final String PAGE = "nomination/notice-form";

	private final NoticeService notices;

	private final NoticeDocuments noticeDocuments;

	private final PlanService plans;

	private final Documents documents;

	NoticeController(NoticeService notices, NoticeDocuments noticeDocuments, PlanService plans, Documents documents) {
		this.notices = notices;
		this.noticeDocuments = noticeDocuments;
		this.plans = plans;
		this.documents = documents;
	}

	@GetMapping("/nominees/{nomineeId}/notice")
	@PreAuthorize("hasRole('OFFICE')")
	String form(@PathVariable Long id, @PathVariable Long nomineeId, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		var found = this.notices.draft(id, nomineeId, user);
		if (found.isEmpty()) {
			return noNoticeNeeded(id, redirect);
		}
		NoticeService.Draft draft = found.get();
		model.addAttribute("noticeForm", NoticeForm.of(draft));
		model.addAttribute("draft", draft);
		return PAGE;
	}

	@PostMapping("/nominees/{nomineeId}/notice")
	@PreAuthorize("hasRole('OFFICE')")
	String issue(@PathVariable Long id, @PathVariable Long nomineeId, @Valid NoticeForm noticeForm,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		var found = this.notices.draft(id, nomineeId, user);
		if (found.isEmpty()) {
			// issued meanwhile (a second click, another clerk) or no longer applicable: back to the dossier
			return noNoticeNeeded(id, redirect);
		}
		NoticeService.Draft draft = found.get();
		if (!result.hasErrors()) {
			try {
				this.notices.issue(id, noticeForm.getVersion(), nomineeId, noticeForm.getNumber(),
						noticeForm.getIssuedOn(), noticeForm.getReason(), user);
				Flash.success(redirect, "nomination.notice.issued", noticeForm.getNumber(), draft.nomineeName());
				return "redirect:/nominations/" + id;
			}
			catch (NomineeRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		model.addAttribute("draft", draft);
		return PAGE;
	}

	private static String noNoticeNeeded(Long id, RedirectAttributes redirect) {
		Flash.warning(redirect, "nomination.notice.error.notNeeded");
		return "redirect:/nominations/" + id;
	}

	@GetMapping("/notices/{noticeId}/document.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, @PathVariable Long noticeId, CurrentUser user) {
		return document(id, noticeId, DocumentFormat.PDF, user);
	}

	@GetMapping("/notices/{noticeId}/document.docx")
	ResponseEntity<byte[]> docx(@PathVariable Long id, @PathVariable Long noticeId, CurrentUser user) {
		return document(id, noticeId, DocumentFormat.DOCX, user);
	}

	private ResponseEntity<byte[]> document(Long id, Long noticeId, DocumentFormat format, CurrentUser user) {
		NoticeService.NoticeView view = this.notices.notice(id, noticeId, user);
		return this.documents.download(this.noticeDocuments.document(view, this.plans.view(view.planId(), user)),
				format, NoticeDocuments.fileName(view.notice()));
	}

}
