package vn.atgt.thidua.subplan.web;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.plan.TaskGroupSpec;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.spreadsheet.Spreadsheet;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.subplan.BoardRow;
import vn.atgt.thidua.subplan.BoardService;
import vn.atgt.thidua.subplan.BoardState;

/**
 * The follow-up board as .xlsx, in the chosen language: a sheet of agencies under a title (plan number and date,
 * the filter used), days late rather than negative days left, ceased agencies noted; a sheet of the coverage matrix.
 */
@Controller
class BoardExportController {

	private final BoardService boards;

	private final MessageSource messages;

	private final PlanService plans;

	private final Clock clock;

	BoardExportController(BoardService boards, MessageSource messages, PlanService plans, Clock clock) {
		this.boards = boards;
		this.messages = messages;
		this.plans = plans;
		this.clock = clock;
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
