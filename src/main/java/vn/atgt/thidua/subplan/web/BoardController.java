package vn.atgt.thidua.subplan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.subplan.BoardService;
import vn.atgt.thidua.subplan.BoardState;

/** The office's follow-up board of a plan and its .xlsx export (agency users get 404 from the service). */
@Controller
class BoardController {

	private final BoardService boards;

	private final MessageSource messages;

	BoardController(BoardService boards, MessageSource messages) {
		this.boards = boards;
		this.messages = messages;
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
		return "subplan/board";
	}

	@GetMapping("/plans/{planId}/board.xlsx")
	ResponseEntity<byte[]> export(@PathVariable Long planId, @RequestParam(required = false) BoardState state,
			@RequestParam(defaultValue = "NAME") BoardService.Sort sort, CurrentUser user, Locale locale)
			throws IOException {
		var rows = this.boards.exportRows(planId, state, sort, user);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new BoardWorkbook(this.messages, locale).write(rows, out);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("theo-doi-ke-hoach-" + planId + ".xlsx").build().toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(out.toByteArray());
	}

}
