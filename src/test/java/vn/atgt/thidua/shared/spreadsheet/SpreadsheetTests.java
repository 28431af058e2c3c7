package vn.atgt.thidua.shared.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetTests {

	record Late(String agency, String submission, LocalDate due, long daysLate) {
	}

	static final List<Spreadsheet.Column<Late>> COLUMNS = List.of(Spreadsheet.Column.rowNumber("STT"),
			new Spreadsheet.Column<>("Cơ quan, đơn vị", Late::agency),
			new Spreadsheet.Column<>("Nội dung phải gửi", Late::submission),
			new Spreadsheet.Column<>("Hạn gửi", Late::due), new Spreadsheet.Column<>("Số ngày chậm", Late::daysLate));

	@Test
	void readsBackWithHeaderVietnameseTextDatesNumbersAndRowNumbers() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Spreadsheet.write(out, "Đơn vị chậm: 2024", COLUMNS,
				List.of(new Late("Ban An toàn giao thông huyện Lộc Bình", "Kế hoạch thực hiện", LocalDate.of(2024, 6, 30), 5),
						new Late(Normalizer.normalize("Sở Y tế", Normalizer.Form.NFD), "Báo cáo tổng kết",
								LocalDate.of(2024, 12, 20), 12)));
		byte[] xlsx = out.toByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getFirstSheet();
			assertThat(sheet.getName()).isEqualTo("Đơn vị chậm  2024");
			List<Row> rows = sheet.read();
			assertThat(rows).hasSize(3);
			assertThat(rows.get(0).getCellText(1)).isEqualTo("Cơ quan, đơn vị");
			assertThat(rows.get(1).getCellAsNumber(0)).hasValue(new BigDecimal("1"));
			assertThat(rows.get(2).getCellAsNumber(0)).hasValue(new BigDecimal("2"));
			assertThat(rows.get(1).getCellText(1)).isEqualTo("Ban An toàn giao thông huyện Lộc Bình");
			assertThat(rows.get(1).getCellAsDate(3)).hasValueSatisfying(d -> assertThat(d.toLocalDate())
				.isEqualTo(LocalDate.of(2024, 6, 30)));
			assertThat(rows.get(1).getCellAsNumber(4)).hasValue(new BigDecimal("5"));
			assertThat(rows.get(2).getCellText(1)).isEqualTo("Sở Y tế");
		}
		String sheetXml = entry(xlsx, "xl/worksheets/sheet1.xml");
		assertThat(sheetXml).contains("<pane ", "ySplit=\"1\"");
		// the agency column fits "Ban An toàn giao thông huyện Lộc Bình" (37 characters) plus padding
		assertThat(sheetXml).containsPattern("<col min=\"2\" max=\"2\" width=\"39");
		assertThat(entry(xlsx, "xl/styles.xml")).contains("<b");
	}

	@Test
	void theOneNeutraliserCoversEverySpreadsheetTrigger() {
		for (String formula : List.of("=1+1", "+84 912", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1", "\n=1+1")) {
			assertThat(Spreadsheet.neutralise(formula)).isEqualTo("'" + formula);
		}
		assertThat(Spreadsheet.neutralise("Sở Y tế")).isEqualTo("Sở Y tế");
		assertThat(Spreadsheet.neutralise("")).isEmpty();
		assertThat(Spreadsheet.neutralise(null)).isNull();
	}

	@Test
	void rowsAreStreamedOutWhileTheyAreProduced() throws IOException {
		// if the writer kept the rows in memory, nothing would reach the output before the last row was produced
		long[] written = { 0 };
		long[] writtenWhenHalfProduced = { -1 };
		Iterable<Late> many = () -> new Iterator<>() {

			int n;

			@Override
			public boolean hasNext() {
				return this.n < 200_000;
			}

			@Override
			public Late next() {
				if (++this.n == 100_000) {
					writtenWhenHalfProduced[0] = written[0];
				}
				return new Late("Cơ quan số " + this.n, "Báo cáo", LocalDate.of(2024, 1, 1), this.n);
			}

		};
		Spreadsheet.write(new OutputStream() {

			@Override
			public void write(int b) {
				written[0]++;
			}

			@Override
			public void write(byte[] b, int off, int len) {
				written[0] += len;
			}

		}, "Many", COLUMNS, many);
		assertThat(writtenWhenHalfProduced[0]).isGreaterThan(written[0] / 4);
	}

	@Test
	void sendIsAnAttachmentWithACleanUtf8FileName() throws IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		Spreadsheet.send(response, "Danh sách đề nghị khen thưởng 2024",
				sheet -> sheet.table("Danh sách", List.of("Họ và tên"), List.of(List.of("=cmd|' /C calc'!A0"))));
		assertThat(response.getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"Danh sach de nghi khen thuong 2024.xlsx\"; filename*=UTF-8''");
		assertThat(response.getContentType()).isEqualTo(Spreadsheet.XLSX.toString());
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			assertThat(workbook.getFirstSheet().read().get(1).getCellText(0)).isEqualTo("'=cmd|' /C calc'!A0");
		}
	}

	static String entry(byte[] zip, String name) throws IOException {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
		try {
			java.nio.file.Files.write(file, zip);
			try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(file.toFile())) {
				ZipEntry entry = archive.getEntry(name);
				assertThat(entry).as(name).isNotNull();
				return new String(archive.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
	}

}
