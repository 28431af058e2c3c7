package vn.atgt.thidua.subplan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.document.DocumentFormat;
import vn.atgt.thidua.document.Documents;
import vn.atgt.thidua.notification.Reminders;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.shared.web.Flash;
import vn.atgt.thidua.subplan.BoardRow;
import vn.atgt.thidua.subplan.BoardService;
import vn.atgt.thidua.subplan.BoardState;
import vn.atgt.thidua.subplan.SubPlanDocuments;

/** The office's follow-up board of a plan, "đôn đốc" and the reminder letter (agencies: 404); the export is apart. */
@Controller
class BoardController {

	private final BoardService boards;

	private final Reminders reminders;

	private final SubPlanDocuments subPlanDocuments;

	private final PlanService plans;

	private final Documents documents;

	private final Clock clock;

	BoardController(BoardService boards, Reminders reminders,
			SubPlanDocuments subPlanDocuments, PlanService plans, Documents documents, Clock clock) {
		this.boards = boards;
		this.reminders = reminders;
		this.subPlanDocuments = subPlanDocuments;
		this.plans = plans;
		this.documents = documents;
		this.clock = clock;
	}

	/** "Đôn đốc": urges the chosen agencies that are still awaited (a reminder each, at most once a day). */
	@PostMapping("/plans/{planId}/board/urge")
	@PreAuthorize("hasRole('OFFICE')")
	String urge(@PathVariable Long planId, @RequestParam(required = false) Set<Long> agencyIds,
			@RequestParam(required = false) BoardState state,
			@RequestParam(defaultValue = "NAME") BoardService.Sort sort, @RequestParam(defaultValue = "0") int page,
			CurrentUser user, RedirectAttributes redirect) {
		// back to the board as the clerk left it: same filter, order and page (issue 12 item 6)
		String back = org.springframework.web.util.UriComponentsBuilder.fromPath("/plans/{p}/board")
			.queryParamIfPresent("state", java.util.Optional.ofNullable(state))
			.queryParamIfPresent("sort", java.util.Optional.of(sort).filter(s -> s != BoardService.Sort.NAME))
			.queryParamIfPresent("page", java.util.Optional.of(page).filter(p -> p > 0))
			.buildAndExpand(planId).toUriString();
		if (agencyIds == null || agencyIds.isEmpty()) {
			Flash.warning(redirect, "subplan.board.urge.none");
			return "redirect:" + back;
		}
		Set<Long> awaited = this.boards.awaited(planId, agencyIds, user).stream().map(BoardRow::agencyId)
			.collect(Collectors.toSet());
		int urged = awaited.isEmpty() ? 0 : this.reminders.urge(planId, "subplan", awaited, user);
		Flash.success(redirect, "subplan.board.urge.done", urged);
		return "redirect:" + back;
	}

	@GetMapping("/plans/{planId}/board/reminder-letter.pdf")
	@PreAuthorize("hasRole('OFFICE')")
	ResponseEntity<byte[]> letterPdf(@PathVariable Long planId, @RequestParam(required = false) Set<Long> agencyIds,
			CurrentUser user) {
		return letter(planId, agencyIds, null, DocumentFormat.PDF, user);
	}

	@GetMapping("/plans/{planId}/board/reminder-letter.docx")
	@PreAuthorize("hasRole('OFFICE')")
	ResponseEntity<byte[]> letterDocx(@PathVariable Long planId, @RequestParam(required = false) Set<Long> agencyIds,
			CurrentUser user) {
		return letter(planId, agencyIds, null, DocumentFormat.DOCX, user);
	}

	/**
	 * The reminder letter from the board: to the agencies ticked (all awaited ones when none is), with the new
	 * deadline the office enters; a missing or past deadline is said next to its field, the ticks kept.
	 */
	@PostMapping("/plans/{planId}/board/reminder-letter")
	@PreAuthorize("hasRole('OFFICE')")
	Object letterFromBoard(@PathVariable Long planId, @RequestParam(required = false) Set<Long> agencyIds,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDeadline,
			@RequestParam(defaultValue = "PDF") DocumentFormat format, CurrentUser user, Model model) {
		String error = newDeadline == null ? "subplan.board.letter.deadlineRequired"
				: newDeadline.isBefore(VnDates.today(this.clock)) ? "subplan.board.letter.deadlinePast" : null;
		if (error == null && this.boards.awaited(planId, agencyIds, user).isEmpty()) {
			error = "subplan.board.letter.none";
		}
		if (error != null) {
			model.addAttribute("letterError", error);
			model.addAttribute("newDeadline", newDeadline);
			model.addAttribute("chosen", agencyIds == null ? Set.of() : agencyIds);
			return board(planId, null, BoardService.Sort.NAME, 0, user, model);
		}
		return letter(planId, agencyIds, newDeadline, format, user);
	}

	private ResponseEntity<byte[]> letter(Long planId, Set<Long> agencyIds, LocalDate newDeadline,
			DocumentFormat format, CurrentUser user) {
		var awaited = this.boards.awaited(planId, agencyIds, user);
		var plan = this.plans.view(planId, user);
		return this.documents.download(
				this.subPlanDocuments.reminderLetter(plan, awaited, VnDates.today(this.clock), newDeadline), format,
				Documents.safeFileName("cong-van-don-doc-ke-hoach-thuc-hien-" + plan.content().year()));
	}

	@GetMapping("/plans/{planId}/board")
	String board(@PathVariable Long planId, @RequestParam(required = false) BoardState state,
			@RequestParam(defaultValue = "NAME") BoardService.Sort sort, @RequestParam(defaultValue = "0") int page,
			CurrentUser user, Model model) {
		model.addAttribute("board",
				this.boards.board(planId, state, sort, PageRequest.of(Math.max(page, 0), 25), user));
		model.addAttribute("states", BoardState.values());
		model.addAttribute("sorts", BoardService.Sort.values());
		model.addAttribute("state", state);
		model.addAttribute("sort", sort);
		if (!model.containsAttribute("chosen")) {
			model.addAttribute("chosen", Set.of());
		}
		return "subplan/board";
	}

}
