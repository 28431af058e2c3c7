package vn.atgt.thidua.shared.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import vn.atgt.thidua.shared.storage.FileNames;
import vn.atgt.thidua.shared.time.VnDates;

/**
 * The one way the application writes .xlsx (every export and template): a bold, frozen header row, column widths
 * fitted to the header and the first rows, dates and numbers as real cells, and every text passed through
 * {@link #neutralise} so no cell runs as a formula. Rows are streamed: they are flushed to the output every
 * {@value #FLUSH_EVERY} rows, so memory does not grow with the number of rows.
 */
public final class Spreadsheet {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final int MIN_WIDTH = 6;

	static final int MAX_WIDTH = 80;

	// widths are written before the first rows leave memory: they are fitted to this many rows
	static final int WIDTH_SAMPLE = 200;

	static final int FLUSH_EVERY = 1_000;

	/** A column: its header and how to read the cell from a row (String, Number, date, Instant, Boolean or null). */
	public record Column<T>(String header, Function<T, ?> value) {

		/** The row's number in the list, 1 for the first (the "STT" column of official lists). */
		@SuppressWarnings("unchecked")
		public static <T> Column<T> rowNumber(String header) {
			return new Column<>(header, (Function<T, ?>) ROW_NUMBER);
		}

	}

	private static final Function<Object, Object> ROW_NUMBER = row -> {
		throw new IllegalStateException("filled in by the sheet");
	};

	/** Writes the body of one download; may throw {@link IOException}. */
	@FunctionalInterface
	public interface Body {

		void write(Spreadsheet spreadsheet) throws IOException;

	}

	private final Workbook workbook;

	private Spreadsheet(OutputStream out) {
		this.workbook = new Workbook(out, "thidua-atgt", "1.0");
	}

	/** A workbook written to {@code out}; call {@link #finish()} at the end. */
	public static Spreadsheet on(OutputStream out) {
		return new Spreadsheet(out);
	}

	/** One sheet of typed rows, as a whole workbook. */
	public static <T> void write(OutputStream out, String sheetName, List<Column<T>> columns, Iterable<T> rows)
			throws IOException {
		Spreadsheet spreadsheet = on(out);
		spreadsheet.sheet(sheetName, columns, rows);
		spreadsheet.finish();
	}

	/**
	 * Streams a workbook as an attachment named {@code baseName}.xlsx (a clean name with a UTF-8 {@code filename*}).
	 * Call it after every check that may refuse the request: once the first byte is written the answer is 200.
	 */
	public static void send(HttpServletResponse response, String baseName, Body body) throws IOException {
		response.setContentType(XLSX.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(baseName + ".xlsx"));
		response.setHeader("X-Content-Type-Options", "nosniff");
		Spreadsheet spreadsheet = on(response.getOutputStream());
		body.write(spreadsheet);
		spreadsheet.finish();
	}

	/** Adds a sheet of typed rows. */
	public <T> Spreadsheet sheet(String name, List<Column<T>> columns, Iterable<T> rows) throws IOException {
		return sheet(name, List.of(), columns, rows);
	}

	/** Adds a sheet of typed rows under title lines (what the sheet is: the plan, the filter used…). */
	public <T> Spreadsheet sheet(String name, List<String> titles, List<Column<T>> columns, Iterable<T> rows)
			throws IOException {
		Iterator<T> source = rows.iterator();
		return sheet(name, titles, columns.stream().map(Column::header).toList(), new Iterator<List<?>>() {

			private int number;

			@Override
			public boolean hasNext() {
				return source.hasNext();
			}

			@Override
			public List<?> next() {
				T row = source.next();
				this.number++;
				List<Object> values = new ArrayList<>(columns.size());
				for (Column<T> column : columns) {
					values.add(column.value() == ROW_NUMBER ? this.number : column.value().apply(row));
				}
				return values;
			}

		});
	}

	/** Adds a sheet from a header row and rows of cell values. */
	public Spreadsheet table(String name, List<String> headers, Iterable<? extends List<?>> rows) throws IOException {
		return table(name, List.of(), headers, rows);
	}

	/** Adds a sheet from title lines, a header row and rows of cell values. */
	public Spreadsheet table(String name, List<String> titles, List<String> headers, Iterable<? extends List<?>> rows)
			throws IOException {
		Iterator<? extends List<?>> source = rows.iterator();
		return sheet(name, titles, headers, new Iterator<List<?>>() {

			@Override
			public boolean hasNext() {
				return source.hasNext();
			}

			@Override
			public List<?> next() {
				return source.next();
			}

		});
	}

	private Spreadsheet sheet(String name, List<String> titles, List<String> headers, Iterator<List<?>> rows)
			throws IOException {
		Worksheet sheet = this.workbook.newWorksheet(sheetName(name));
		// title lines, then an empty row, then the header (titles are not measured: they may run across columns)
		for (int t = 0; t < titles.size(); t++) {
			sheet.value(t, 0, neutralise(nfc(titles.get(t))));
			sheet.style(t, 0).bold().set();
		}
		int top = titles.isEmpty() ? 0 : titles.size() + 1;
		int[] widths = new int[headers.size()];
		for (int c = 0; c < headers.size(); c++) {
			String header = nfc(headers.get(c));
			sheet.value(top, c, neutralise(header));
			widths[c] = displayLength(header);
		}
		if (!headers.isEmpty()) {
			sheet.range(top, 0, top, headers.size() - 1).style().bold().fillColor("D9E2F3").wrapText(true).set();
			sheet.freezePane(0, top + 1);
		}
		List<List<?>> sample = new ArrayList<>();
		while (sample.size() < WIDTH_SAMPLE && rows.hasNext()) {
			sample.add(rows.next());
		}
		int r = top + 1;
		for (List<?> row : sample) {
			for (int c = 0; c < row.size() && c < headers.size(); c++) {
				widths[c] = Math.max(widths[c], cell(sheet, r, c, row.get(c)));
			}
			r++;
		}
		for (int c = 0; c < widths.length; c++) {
			sheet.width(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c])) + 2);
		}
		while (rows.hasNext()) {
			List<?> row = rows.next();
			for (int c = 0; c < row.size() && c < headers.size(); c++) {
				cell(sheet, r, c, row.get(c));
			}
			if (r++ % FLUSH_EVERY == 0) {
				sheet.flush();
			}
		}
		sheet.finish();
		return this;
	}

	public void finish() throws IOException {
		this.workbook.finish();
	}

	/**
	 * The one formula neutraliser: text that a spreadsheet would run as a formula (starting with = + - @, or with a
	 * tab, carriage return or line feed before one) gets a leading apostrophe: "=1+1" → "'=1+1".
	 */
	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return "=+-@\t\r\n".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	/** Writes one cell; returns the width in characters it needs. */
	private static int cell(Worksheet sheet, int r, int c, Object value) {
		if (value == null) {
			return 0;
		}
		if (value instanceof Number number) {
			sheet.value(r, c, number);
			return number instanceof BigDecimal big ? big.toPlainString().length() : number.toString().length();
		}
		if (value instanceof LocalDate date) {
			sheet.value(r, c, date);
			sheet.style(r, c).format("dd/mm/yyyy").set();
			return 10;
		}
		if (value instanceof LocalDateTime dateTime) {
			sheet.value(r, c, dateTime);
			sheet.style(r, c).format("dd/mm/yyyy hh:mm").set();
			return 16;
		}
		if (value instanceof Instant instant) {
			return cell(sheet, r, c, LocalDateTime.ofInstant(instant, VnDates.ZONE));
		}
		if (value instanceof Boolean bool) {
			sheet.value(r, c, bool);
			return 5;
		}
		String text = neutralise(nfc(value.toString()));
		sheet.value(r, c, text);
		return displayLength(text);
	}

	/** Characters as a reader counts them: NFC code points of the longest line (marks do not widen a letter). */
	static int displayLength(String text) {
		int longest = 0;
		for (String line : text.split("\n", -1)) {
			longest = Math.max(longest, line.codePointCount(0, line.length()));
		}
		return longest;
	}

	private static String nfc(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/** Excel's rules: at most 31 characters, none of : \ / ? * [ ]. */
	static String sheetName(String name) {
		String clean = nfc(name).replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
		if (clean.isEmpty()) {
			clean = "Sheet1";
		}
		return clean.length() > 31 ? clean.substring(0, 31) : clean;
	}

}
