package vn.atgt.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.atgt.thidua.shared.time.VnDates;

/**
 * Writes lists as .xlsx for every export (boards, nominees, audit log, figures): a bold, frozen header row, column
 * widths that fit the Vietnamese text, dates as real dates (dd/mm/yyyy), numbers as numbers, and text that Excel
 * would run as a formula (starting with = + - @, tab or CR) neutralised with a leading apostrophe.
 */
public final class Spreadsheets {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final int MIN_WIDTH = 6;

	static final int MAX_WIDTH = 80;

	private Spreadsheets() {
	}

	/** A column of an export: its header and how to read the cell value from a row (String, Number, date, Boolean). */
	public record Column<T>(String header, Function<T, ?> value) {
	}

	/** One sheet from typed rows. */
	public static <T> byte[] write(String sheetName, List<Column<T>> columns, Iterable<T> rows) {
		List<List<Object>> cells = new ArrayList<>();
		for (T row : rows) {
			List<Object> values = new ArrayList<>(columns.size());
			for (Column<T> column : columns) {
				values.add(column.value().apply(row));
			}
			cells.add(values);
		}
		return write(sheetName, columns.stream().map(Column::header).toList(), cells);
	}

	/** One sheet from a header row and rows of cell values. */
	public static byte[] write(String sheetName, List<String> headers, List<? extends List<?>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "thidua-atgt", "1.0");
			Worksheet sheet = workbook.newWorksheet(sheetName(sheetName));
			int[] widths = new int[headers.size()];
			for (int c = 0; c < headers.size(); c++) {
				String header = nfc(headers.get(c));
				sheet.value(0, c, neutralise(header));
				widths[c] = displayLength(header);
			}
			sheet.range(0, 0, 0, Math.max(headers.size() - 1, 0)).style().bold().fillColor("D9E2F3").wrapText(true).set();
			sheet.freezePane(0, 1);
			for (int r = 0; r < rows.size(); r++) {
				List<?> row = rows.get(r);
				for (int c = 0; c < row.size() && c < headers.size(); c++) {
					widths[c] = Math.max(widths[c], cell(sheet, r + 1, c, row.get(c)));
				}
			}
			for (int c = 0; c < widths.length; c++) {
				sheet.width(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c])) + 2);
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The workbook as an attachment named {@code baseName}.xlsx (ASCII-folded, with a UTF-8 {@code filename*}). */
	public static ResponseEntity<byte[]> download(byte[] xlsx, String baseName) {
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(Documents.safeFileName(baseName) + ".xlsx", StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(XLSX)
			.contentLength(xlsx.length)
			.body(xlsx);
	}

	/** Text that a spreadsheet would read as a formula gets a leading apostrophe: "=1+1" → "'=1+1". */
	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + text : text;
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
			sheet.value(r, c, LocalDateTime.ofInstant(instant, VnDates.ZONE));
			sheet.style(r, c).format("dd/mm/yyyy hh:mm").set();
			return 16;
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
