package vn.atgt.thidua.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.shared.time.VnDates;

/** Writes audit entries to an .xlsx sheet; text that a spreadsheet would run as a formula is neutralised. */
@Component
public class AuditExcel {

	private static final String[] HEADERS = { "occurredAt", "actor", "agency", "address", "action", "recordType",
			"recordId", "summary", "changes" };

	private final MessageSource messages;

	AuditExcel(MessageSource messages) {
		this.messages = messages;
	}

	public void write(List<AuditRow> rows, Locale locale, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "thidua-atgt", "1.0");
		Worksheet sheet = workbook.newWorksheet(this.messages.getMessage("audit.export.sheet", null, locale));
		for (int c = 0; c < HEADERS.length; c++) {
			sheet.value(0, c, this.messages.getMessage("audit.field." + HEADERS[c], null, locale));
			sheet.style(0, c).bold().set();
		}
		int r = 1;
		for (AuditRow row : rows) {
			sheet.value(r, 0, VnDates.dateTime(row.occurredAt()));
			sheet.value(r, 1, safe(row.actor()));
			sheet.value(r, 2, safe(row.agencyName()));
			sheet.value(r, 3, safe(row.address()));
			sheet.value(r, 4, safe(row.action()));
			sheet.value(r, 5, safe(row.recordType()));
			if (row.recordId() != null) {
				sheet.value(r, 6, row.recordId());
			}
			sheet.value(r, 7, safe(row.summary()));
			sheet.value(r, 8, safe(row.changes().stream()
				.map(ch -> ch.field() + ": " + nullToEmpty(ch.oldValue()) + " → " + nullToEmpty(ch.newValue()))
				.collect(Collectors.joining("\n"))));
			r++;
		}
		workbook.finish();
	}

	/** A cell starting with = + - @ (or a tab or carriage return) would be a formula: prefix it with '. */
	static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + value : value;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
