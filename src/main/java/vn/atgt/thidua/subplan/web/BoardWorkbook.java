package vn.atgt.thidua.subplan.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;

import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.subplan.BoardRow;

/** Writes the follow-up board as .xlsx; text that a spreadsheet would read as a formula is neutralised. */
class BoardWorkbook {

	private final MessageSource messages;

	private final Locale locale;

	BoardWorkbook(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	void write(List<BoardRow> rows, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "thidua-atgt", "1.0");
		Worksheet sheet = workbook.newWorksheet(msg("subplan.board.sheet"));
		String[] headers = { "subplan.board.col.number", "subplan.board.col.agency", "subplan.board.col.state",
				"subplan.board.col.submittedAt", "subplan.board.col.daysLate", "subplan.board.col.daysLeft" };
		for (int c = 0; c < headers.length; c++) {
			sheet.value(0, c, msg(headers[c]));
		}
		sheet.range(0, 0, 0, headers.length - 1).style().bold().set();
		int r = 1;
		for (BoardRow row : rows) {
			sheet.value(r, 0, r);
			sheet.value(r, 1, safe(row.agencyName()));
			sheet.value(r, 2, msg("subplan.board.state." + row.state()));
			sheet.value(r, 3, VnDates.dateTime(row.submittedAt()));
			if (row.daysLate() != null) {
				sheet.value(r, 4, row.daysLate());
			}
			if (row.daysLeft() != null) {
				sheet.value(r, 5, row.daysLeft());
			}
			r++;
		}
		sheet.width(1, 50);
		sheet.width(2, 25);
		sheet.width(3, 18);
		workbook.finish();
	}

	static String safe(String text) {
		if (text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	private String msg(String key) {
		return this.messages.getMessage(key, null, this.locale);
	}

}
