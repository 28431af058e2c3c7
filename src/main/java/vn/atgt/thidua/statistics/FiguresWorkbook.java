package vn.atgt.thidua.statistics;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.atgt.thidua.shared.spreadsheet.Spreadsheet;

/** The .xlsx template for province-wide figures: its columns, its period codes and an example row. */
public final class FiguresWorkbook {

	/** Header keys, in column order (the template's first row, in the user's language). */
	public static final List<String> HEADER_KEYS = List.of("stats.import.header.periodType", "stats.import.header.year",
			"stats.import.header.periodNo", "stats.import.header.start", "stats.import.header.end",
			"stats.import.header.accidents", "stats.import.header.deaths", "stats.import.header.injuries",
			"stats.import.header.prevAccidents", "stats.import.header.prevDeaths", "stats.import.header.prevInjuries");

	/** The period codes the template uses, in its first column. */
	public static final Map<String, PeriodType> CODES = Map.of("NAM", PeriodType.YEAR, "6THANG", PeriodType.HALF_YEAR,
			"9THANG", PeriodType.NINE_MONTHS, "QUY", PeriodType.QUARTER, "THANG", PeriodType.MONTH);

	private FiguresWorkbook() {
	}

	/** Writes the template: a header row and one example row (the 2021 figures of report 112/BC-BATGT). */
	public static void writeTemplate(Spreadsheet spreadsheet, Function<String, String> messages) throws IOException {
		List<Object> example = java.util.Arrays.asList("9THANG", 2021, null, "15/12/2020", "14/9/2021", 28, 27, 7, 34,
				34, 13);
		spreadsheet.table("So lieu TNGT", HEADER_KEYS.stream().map(messages).toList(), List.of(example));
	}

}
