package vn.atgt.thidua.subplan.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
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
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.plan.TaskGroupSpec;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.spreadsheet.Spreadsheet;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.shared.web.Flash;
import vn.atgt.thidua.subplan.BoardRow;
import vn.atgt.thidua.subplan.BoardService;
import vn.atgt.thidua.subplan.BoardState;
import vn.atgt.thidua.subplan.SubPlanDocuments;

/** The office's follow-up board of a plan, its .xlsx export, "đôn đốc" and the reminder letter (agencies: 404). */
@Controller
class BoardController {

	private final BoardService boards;

	private final MessageSource messages;

	private final Reminders reminders;

	private final SubPlanDocuments subPlanDocuments;

	private final PlanService plans;

	private final Documents documents;

	private final Clock clock;

	BoardController(BoardService boards, MessageSource messages, Reminders reminders,
			SubPlanDocuments subPlanDocuments, PlanService plans, Documents documents, Clock clock) {
		this.boards = boards;
		this.messages = messages;
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

	/** The board as .xlsx: a title with the plan and the filter used, the agencies, then the coverage matrix. */
	@GetMapping("/plans/{planId}/board.xlsx")
	void export(@PathVariable Long planId, @RequestParam(required = false) BoardState state,
			@RequestParam(defaultValue = "NAME") BoardService.Sort sort, CurrentUser user, Locale locale,
			HttpServletResponse response) throws IOException {
		List<BoardRow> rows = this.boards.exportRows(planId, state, sort, user);
		PlanView plan = this.plans.view(planId, user);
		List<String> titles = List.of(
				msg("subplan.board.export.title", locale, plan.issueDate() == null ? plan.numberSymbol()
						: plan.numberSymbol() + " " + VnDates.shortDate(plan.issueDate()), plan.content().title()),
				msg("subplan.board.export.filter", locale,
						state == null ? msg("subplan.board.allStates", locale) : msg("subplan.board.state." + state, locale),
						msg("subplan.board.sort." + sort, locale), VnDates.shortDate(plan.content().subPlanDueDate()),
						VnDates.shortDate(VnDates.today(this.clock))));
		Spreadsheet.send(response, "theo-doi-ke-hoach-" + planId,
				sheet -> sheet.sheet(msg("subplan.board.sheet", locale), titles, boardColumns(locale), rows)
					.table(msg("subplan.board.coverageSheet", locale), titles.subList(0, 1),
							coverageHeaders(plan, locale), coverageRows(plan, rows, locale)));
	}

	private List<String> coverageHeaders(PlanView plan, Locale locale) {
		List<String> headers = new ArrayList<>(List.of(msg("subplan.board.col.agency", locale)));
		for (int i = 1; i <= plan.content().taskGroups().size(); i++) {
			headers.add(msg("subplan.taskGroup.short", locale, i));
		}
		return headers;
	}

	// one row per agency with a mark under each task group its sub-plan covers, then the agencies per group
	private static List<List<?>> coverageRows(PlanView plan, List<BoardRow> rows, Locale locale) {
		List<TaskGroupSpec> groups = plan.content().taskGroups();
		List<List<?>> out = new ArrayList<>();
		long[] totals = new long[groups.size()];
		for (BoardRow row : rows) {
			List<Object> cells = new ArrayList<>(List.of(row.agencyName()));
			for (int g = 0; g < groups.size(); g++) {
				boolean covers = row.covers(groups.get(g).id());
				totals[g] += covers ? 1 : 0;
				cells.add(covers ? "x" : "");
			}
			out.add(cells);
		}
		List<Object> total = new ArrayList<>();
		total.add(null);
		for (long n : totals) {
			total.add(n);
		}
		out.add(total);
		return out;
	}

	private List<Spreadsheet.Column<BoardRow>> boardColumns(Locale locale) {
		return List.of(Spreadsheet.Column.rowNumber(msg("subplan.board.col.number", locale)),
				new Spreadsheet.Column<>(msg("subplan.board.col.agency", locale), BoardRow::agencyName),
				new Spreadsheet.Column<>(msg("subplan.board.col.state", locale),
						r -> msg("subplan.board.state." + r.state(), locale)),
				new Spreadsheet.Column<>(msg("subplan.board.col.note", locale), r -> r.isCeased()
						? msg("subplan.board.ceased", locale, VnDates.shortDate(r.ceasedOn().plusDays(1))) : null),
				new Spreadsheet.Column<>(msg("subplan.board.col.submittedAt", locale), BoardRow::submittedAt),
				new Spreadsheet.Column<>(msg("subplan.board.col.daysLate", locale), BoardRow::daysOverdue),
				new Spreadsheet.Column<>(msg("subplan.board.col.daysLeft", locale), BoardRow::daysRemaining));
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
