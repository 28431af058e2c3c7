package vn.atgt.thidua.shared.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import vn.atgt.thidua.shared.storage.Upload;
import vn.atgt.thidua.shared.storage.UploadCheck;
import vn.atgt.thidua.shared.storage.UploadPolicy;
import vn.atgt.thidua.shared.text.Texts;

/**
 * Reads the data rows of an uploaded .xlsx (first sheet, after its header row). The upload passes the same
 * {@link UploadCheck} as every other (type from the bytes, size, decompression bombs) before the reader opens it.
 * Texts come back NFC and trimmed, without the apostrophe our own exports put before a formula-like text;
 * numbers come back as {@link BigDecimal}; blank rows are skipped.
 */
public final class SheetReader {

	/** A data row: its number as the spreadsheet shows it (the header is row 1) and its cells. */
	public record SheetRow(int number, List<Object> cells) {

		public Object cell(int index) {
			return index < this.cells.size() ? this.cells.get(index) : null;
		}

	}

	private SheetReader() {
	}

	/** The rows of the upload; throws {@code UploadRefusedException} for a file that is not a safe .xlsx. */
	public static List<SheetRow> read(Upload upload, int columns) {
		UploadCheck.inspect(upload, UploadPolicy.SPREADSHEET);
		try (InputStream in = upload.open(); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			List<SheetRow> rows = new ArrayList<>();
			for (Row row : workbook.getFirstSheet().read()) {
				if (row.getRowNum() == 1) {
					continue;
				}
				List<Object> cells = new ArrayList<>(columns);
				boolean blank = true;
				for (int c = 0; c < columns; c++) {
					Object value = value(row, c);
					cells.add(value);
					blank &= value == null;
				}
				if (!blank) {
					rows.add(new SheetRow(row.getRowNum(), cells));
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Object value(Row row, int index) {
		Cell cell = row.getOptionalCell(index).filter(c -> c.getType() != CellType.EMPTY).orElse(null);
		if (cell == null) {
			return null;
		}
		if (cell.getType() == CellType.NUMBER) {
			return cell.asNumber();
		}
		String text = Texts.clean(cell.getText());
		// our exports write "'=…" for a text that would run as a formula: read it back as the text it was
		if (text != null && text.length() > 1 && text.charAt(0) == '\''
				&& Spreadsheet.neutralise(text.substring(1)).length() > text.length() - 1) {
			return text.substring(1);
		}
		return text;
	}

}
