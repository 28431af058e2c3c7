package vn.atgt.thidua.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import vn.atgt.thidua.shared.spreadsheet.Spreadsheet;

/**
 * The .xlsx template for province-wide figures, and its reading: every row is checked and each bad row gets its
 * error, so that the caller imports all rows or none.
 */
public final class FiguresWorkbook {

	/** Header keys, in column order (the template's first row, in the user's language). */
	public static final List<String> HEADER_KEYS = List.of("stats.import.header.periodType", "stats.import.header.year",
			"stats.import.header.periodNo", "stats.import.header.start", "stats.import.header.end",
			"stats.import.header.accidents", "stats.import.header.deaths", "stats.import.header.injuries",
			"stats.import.header.prevAccidents", "stats.import.header.prevDeaths", "stats.import.header.prevInjuries");

	private static final Map<String, PeriodType> CODES = Map.of("NAM", PeriodType.YEAR, "6THANG", PeriodType.HALF_YEAR,
			"9THANG", PeriodType.NINE_MONTHS, "QUY", PeriodType.QUARTER, "THANG", PeriodType.MONTH);

	private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

	/** An error of one row (its number in the sheet), as a message key with arguments. */
	public record RowError(int row, String key, Object... args) {
	}

	/** The rows read, and the errors found; rows are only meant to be imported when there is no error. */
	public record ReadResult(List<FiguresData> rows, List<RowError> errors) {

		public boolean ok() {
			return this.errors.isEmpty() && !this.rows.isEmpty();
		}

	}

	private FiguresWorkbook() {
	}

	/** Writes the template: a header row and one example row (the 2021 figures of report 112/BC-BATGT). */
	public static void writeTemplate(Spreadsheet spreadsheet, Function<String, String> messages) throws IOException {
		List<Object> example = java.util.Arrays.asList("9THANG", 2021, null, "15/12/2020", "14/9/2021", 28, 27, 7, 34,
				34, 13);
		spreadsheet.table("So lieu TNGT", HEADER_KEYS.stream().map(messages).toList(), List.of(example));
	}

	/** True when the bytes start like a ZIP archive (an .xlsx is one). */
	public static boolean looksLikeXlsx(byte[] bytes) {
		return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

	/** Reads every data row (after the header); {@code exists} tells whether a period already has figures. */
	public static ReadResult read(InputStream in, java.util.function.Predicate<FiguresData> exists) throws IOException {
		List<FiguresData> rows = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			List<Row> sheetRows = workbook.getFirstSheet().read();
			for (Row row : sheetRows) {
				if (row.getRowNum() == 1 || isBlank(row)) {
					continue;
				}
				int n = row.getRowNum();
				int before = errors.size();
				PeriodType type = CODES.get(text(row, 0).toUpperCase(Locale.ROOT).replace(" ", ""));
				if (type == null) {
					type = parseEnum(text(row, 0));
				}
				if (type == null) {
					errors.add(new RowError(n, "stats.import.error.periodType"));
				}
				Integer year = integer(row, 1);
				if (year == null || year < 2000 || year > 2100) {
					errors.add(new RowError(n, "stats.import.error.year"));
				}
				Integer no = integer(row, 2);
				if (type != null && type.isNumbered() && (no == null || no < 1 || no > type.maxNumber())) {
					errors.add(new RowError(n, "stats.import.error.periodNo"));
				}
				Optional<LocalDate> start = date(row, 3);
				Optional<LocalDate> end = date(row, 4);
				if (start == null || end == null) {
					errors.add(new RowError(n, "stats.import.error.date"));
				}
				long[] counts = new long[6];
				for (int i = 0; i < 6; i++) {
					Integer value = integer(row, 5 + i);
					if (value == null || value < 0) {
						errors.add(new RowError(n, "stats.import.error.count", cellName(5 + i)));
					}
					else {
						counts[i] = value;
					}
				}
				if (errors.size() > before) {
					continue;
				}
				PeriodType.Window window = type.defaultWindow(year, type.isNumbered() ? no : 0);
				LocalDate from = start.orElse(window.start());
				LocalDate to = end.orElse(window.end());
				if (to.isBefore(from)) {
					errors.add(new RowError(n, "stats.import.error.endBeforeStart"));
					continue;
				}
				FiguresData data = new FiguresData(type, year, type.isNumbered() ? no : 0, from, to,
						new Counts(counts[0], counts[1], counts[2]), new Counts(counts[3], counts[4], counts[5]), null,
						null, null, null);
				if (!seen.add(type + "/" + year + "/" + data.periodNo())) {
					errors.add(new RowError(n, "stats.import.error.duplicateInFile"));
				}
				else if (exists.test(data)) {
					errors.add(new RowError(n, "stats.import.error.duplicate"));
				}
				else {
					rows.add(data);
				}
			}
		}
		return new ReadResult(rows, errors);
	}

	private static String cellName(int col) {
		return String.valueOf((char) ('A' + col));
	}

	private static PeriodType parseEnum(String text) {
		try {
			return PeriodType.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean isBlank(Row row) {
		for (int i = 0; i < row.getCellCount(); i++) {
			if (!text(row, i).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private static Cell cell(Row row, int col) {
		return row.getOptionalCell(col).filter(c -> c.getType() != CellType.EMPTY).orElse(null);
	}

	private static String text(Row row, int col) {
		Cell cell = cell(row, col);
		return cell == null || cell.getText() == null ? "" : cell.getText().strip();
	}

	// null when present but not a whole number
	private static Integer integer(Row row, int col) {
		Cell cell = cell(row, col);
		if (cell == null) {
			return null;
		}
		try {
			BigDecimal value = cell.getType() == CellType.NUMBER ? cell.asNumber() : new BigDecimal(text(row, col));
			return value.stripTrailingZeros().scale() > 0 ? null : value.intValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return null;
		}
	}

	// empty when blank (default window); null when present but not a date
	private static Optional<LocalDate> date(Row row, int col) {
		Cell cell = cell(row, col);
		if (cell == null) {
			return Optional.empty();
		}
		try {
			if (cell.getType() == CellType.NUMBER) {
				return Optional.of(cell.asDate().toLocalDate());
			}
			String text = text(row, col);
			return Optional.of(text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, VN_DATE));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
