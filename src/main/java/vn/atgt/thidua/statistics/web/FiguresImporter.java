package vn.atgt.thidua.statistics.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.shared.spreadsheet.RowBinder;
import vn.atgt.thidua.shared.spreadsheet.SheetReader;
import vn.atgt.thidua.shared.storage.Upload;
import vn.atgt.thidua.statistics.FiguresData;
import vn.atgt.thidua.statistics.FiguresWorkbook;
import vn.atgt.thidua.statistics.StatisticsService;

/**
 * Reads the province-figures template into {@link FiguresForm}s checked by the same validators as the figures page;
 * then each period must be new, in the file and in the database.
 */
@Component
class FiguresImporter {

	static final List<String> PROPERTIES = List.of("periodType", "periodYear", "periodNo", "periodStart", "periodEnd",
			"accidents", "deaths", "injuries", "prevAccidents", "prevDeaths", "prevInjuries");

	private final jakarta.validation.Validator beanValidation;

	private final FiguresFormValidator formValidator;

	private final StatisticsService statistics;

	private final MessageSource messages;

	FiguresImporter(jakarta.validation.Validator beanValidation, FiguresFormValidator formValidator,
			StatisticsService statistics, MessageSource messages) {
		this.beanValidation = beanValidation;
		this.formValidator = formValidator;
		this.statistics = statistics;
		this.messages = messages;
	}

	/** The rows as figures to record, or the refusals (the result's errors). */
	RowBinder.Result<FiguresData> read(Upload upload, Locale locale) {
		List<RowBinder.Column> columns = new ArrayList<>();
		for (int c = 0; c < PROPERTIES.size(); c++) {
			String header = this.messages.getMessage(FiguresWorkbook.HEADER_KEYS.get(c), null, locale);
			String property = PROPERTIES.get(c);
			columns.add(switch (property) {
				case "periodType" -> new RowBinder.Column(property, header, FiguresImporter::periodType);
				case "periodStart", "periodEnd" -> new RowBinder.Column(property, header, RowBinder::vietnameseDate);
				default -> new RowBinder.Column(property, header);
			});
		}
		RowBinder<FiguresForm> binder = new RowBinder<>(FiguresForm::new, columns, this.beanValidation,
				List.of(this.formValidator), this.messages, locale);
		RowBinder.Result<FiguresForm> bound = binder.bind(SheetReader.read(upload, PROPERTIES.size()));
		List<RowBinder.RowError> errors = new ArrayList<>(bound.errors());
		List<RowBinder.Bound<FiguresData>> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (RowBinder.Bound<FiguresForm> row : bound.rows()) {
			FiguresData data = row.form().toData();
			if (!seen.add(data.periodType() + "/" + data.periodYear() + "/" + data.periodNo())) {
				errors.add(binder.error(row.row(), "periodType", "stats.import.error.duplicateInFile"));
			}
			else if (this.statistics.exists(data)) {
				errors.add(binder.error(row.row(), "periodType", "stats.import.error.duplicate"));
			}
			rows.add(new RowBinder.Bound<>(row.row(), data));
		}
		errors.sort(java.util.Comparator.comparingInt(RowBinder.RowError::row));
		return new RowBinder.Result<>(rows, errors);
	}

	// the template's period codes (NAM, 6THANG…) or the enum's own names; anything else is refused by the form
	private static Object periodType(Object cell) {
		if (!(cell instanceof String text)) {
			return cell;
		}
		String code = text.toUpperCase(Locale.ROOT).replace(" ", "");
		return FiguresWorkbook.CODES.containsKey(code) ? FiguresWorkbook.CODES.get(code).name() : code;
	}

}
