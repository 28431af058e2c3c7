package vn.atgt.thidua.nomination;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes a list of nominees as .xlsx in the columns of the official list (danh sách đề nghị khen thưởng). */
public final class NomineeListWorkbook {

	private NomineeListWorkbook() {
	}

	/** {@code headers}: STT, name, position, unit, award form, achievement summary (already translated). */
	public static void write(OutputStream out, String sheetName, List<String> headers, List<AwardRow> rows)
			throws IOException {
		Workbook workbook = new Workbook(out, "thidua-atgt", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName);
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, headers.get(c));
			sheet.style(0, c).bold().set();
		}
		int r = 1;
		for (AwardRow row : rows) {
			sheet.value(r, 0, r);
			sheet.value(r, 1, safe(row.name()));
			sheet.value(r, 2, safe(row.positionTitle()));
			sheet.value(r, 3, safe(row.subjectType() == SubjectType.INDIVIDUAL ? row.unit() : row.agencyName()));
			sheet.value(r, 4, safe(row.awardForm()));
			sheet.value(r, 5, safe(row.achievement()));
			r++;
		}
		sheet.width(1, 35);
		sheet.width(3, 35);
		sheet.width(4, 35);
		sheet.width(5, 60);
		workbook.finish();
	}

	/** Neutralises a cell that a spreadsheet would read as a formula. */
	static String safe(String value) {
		if (value == null) {
			return "";
		}
		return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

}
