package vn.atgt.thidua.nomination.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.document.DocumentFormat;
import vn.atgt.thidua.document.Documents;
import vn.atgt.thidua.nomination.NomineeRefusedException;
import vn.atgt.thidua.nomination.SubmissionDocuments;
import vn.atgt.thidua.nomination.SubmissionService;
import vn.atgt.thidua.nomination.SubmissionService.SubmissionView;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** Rule 12: the council's vote on a consolidated submission, and its minutes (biên bản) as a document. */
@Controller
@RequestMapping("/nominations/submissions/{id}")
@PreAuthorize("hasRole('OFFICE')")
class CouncilVoteController {

	private final SubmissionService submissions;

	private final SubmissionDocuments submissionDocuments;

	private final PlanService planViews;

	private final Documents documents;

	CouncilVoteController(SubmissionService submissions, SubmissionDocuments submissionDocuments,
			PlanService planViews, Documents documents) {
		this.submissions = submissions;
		this.submissionDocuments = submissionDocuments;
		this.planViews = planViews;
		this.documents = documents;
	}

	@PostMapping("/vote")
	String vote(@PathVariable Long id, @ModelAttribute VoteForm voteForm, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		SubmissionView view = this.submissions.view(id);
		this.submissions.voteProblems(view, voteForm.getMeetingDate(), voteForm.getMembersTotal(),
				voteForm.getMembersPresent(), voteForm.getVotes())
			.stream().filter(p -> !result.hasFieldErrors(p.field()))
			.forEach(p -> result.rejectValue(p.field(), p.messageKey()));
		if (!result.hasErrors()) {
			try {
				this.submissions.recordVote(id, voteForm.getVersion(), voteForm.getMeetingDate(),
						voteForm.getMembersTotal(), voteForm.getMembersPresent(), voteForm.getVotes(), user);
				Flash.success(redirect, "nomination.vote.recorded");
				return "redirect:/nominations/submissions/" + id;
			}
			catch (NomineeRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return SubmissionController.page(view, model);
	}

	@GetMapping("/minutes.pdf")
	ResponseEntity<byte[]> minutesPdf(@PathVariable Long id, CurrentUser user) {
		return minutes(id, DocumentFormat.PDF, user);
	}

	@GetMapping("/minutes.docx")
	ResponseEntity<byte[]> minutesDocx(@PathVariable Long id, CurrentUser user) {
		return minutes(id, DocumentFormat.DOCX, user);
	}

	/** The minutes of the recorded vote; before any vote, back to the page with a warning. */
	private ResponseEntity<byte[]> minutes(Long id, DocumentFormat format, CurrentUser user) {
		SubmissionView view = this.submissions.view(id);
		if (view.vote() == null) {
			return ResponseEntity.status(303).header("Location", "/nominations/submissions/" + id).build();
		}
		PlanView plan = this.planViews.view(view.submission().getPlanId(), user);
		return this.documents.download(this.submissionDocuments.minutes(view, plan), format,
				SubmissionDocuments.minutesFileName(view, plan));
	}

}
