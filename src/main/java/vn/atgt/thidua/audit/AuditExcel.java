package vn.atgt.thidua.audit;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.shared.spreadsheet.Spreadsheet;

/** The columns of the audit log's .xlsx export, written by the shared spreadsheet toolkit. */
@Component
public class AuditExcel {

	private final MessageSource messages;

	AuditExcel(MessageSource messages) {
		this.messages = messages;
	}

	public void write(List<AuditRow> rows, Locale locale, Spreadsheet spreadsheet) throws IOException {
		Function<String, String> t = key -> this.messages.getMessage("audit.field." + key, null, locale);
		List<Spreadsheet.Column<AuditRow>> columns = List.of(
				new Spreadsheet.Column<>(t.apply("occurredAt"), AuditRow::occurredAt),
				new Spreadsheet.Column<>(t.apply("actor"), AuditRow::actor),
				new Spreadsheet.Column<>(t.apply("agency"), AuditRow::agencyName),
				new Spreadsheet.Column<>(t.apply("address"), AuditRow::address),
				new Spreadsheet.Column<>(t.apply("action"), AuditRow::action),
				new Spreadsheet.Column<>(t.apply("recordType"), AuditRow::recordType),
				new Spreadsheet.Column<>(t.apply("recordId"), AuditRow::recordId),
				new Spreadsheet.Column<>(t.apply("summary"), AuditRow::summary),
				new Spreadsheet.Column<>(t.apply("changes"), AuditExcel::changes));
		spreadsheet.sheet(this.messages.getMessage("audit.export.sheet", null, locale), columns, rows);
	}

	private static String changes(AuditRow row) {
		return row.changes().stream()
			.map(ch -> ch.field() + ": " + nullToEmpty(ch.oldValue()) + " → " + nullToEmpty(ch.newValue()))
			.collect(Collectors.joining("\n"));
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
