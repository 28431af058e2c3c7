package vn.atgt.thidua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetsTests {

	record Late(String agency, String submission, LocalDate due, long daysLate) {
	}

	static final List<Spreadsheets.Column<Late>> COLUMNS = List.of(
			new Spreadsheets.Column<>("Cơ quan, đơn vị", Late::agency),
			new Spreadsheets.Column<>("Nội dung phải gửi", Late::submission),
			new Spreadsheets.Column<>("Hạn gửi", Late::due), new Spreadsheets.Column<>("Số ngày chậm", Late::daysLate));

	@Test
	void readsBackWithHeaderVietnameseTextDatesAndNumbers() throws IOException {
		byte[] xlsx = Spreadsheets.write("Đơn vị chậm: 2024", COLUMNS,
				List.of(new Late("Ban An toàn giao thông huyện Lộc Bình", "Kế hoạch thực hiện", LocalDate.of(2024, 6, 30), 5),
						new Late(Normalizer.normalize("Sở Y tế", Normalizer.Form.NFD), "Báo cáo tổng kết",
								LocalDate.of(2024, 12, 20), 12)));
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getFirstSheet();
			assertThat(sheet.getName()).isEqualTo("Đơn vị chậm  2024");
			List<Row> rows = sheet.read();
			assertThat(rows).hasSize(3);
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Cơ quan, đơn vị");
			assertThat(rows.get(0).getCellText(3)).isEqualTo("Số ngày chậm");
			assertThat(rows.get(1).getCellText(0)).isEqualTo("Ban An toàn giao thông huyện Lộc Bình");
			assertThat(rows.get(1).getCellAsDate(2)).hasValueSatisfying(d -> assertThat(d.toLocalDate())
				.isEqualTo(LocalDate.of(2024, 6, 30)));
			assertThat(rows.get(1).getCellAsNumber(3)).hasValue(new BigDecimal("5"));
			assertThat(rows.get(2).getCellText(0)).isEqualTo("Sở Y tế");
		}
		String sheetXml = entry(xlsx, "xl/worksheets/sheet1.xml");
		assertThat(sheetXml).contains("<pane ", "ySplit=\"1\"");
		// the agency column fits "Ban An toàn giao thông huyện Lộc Bình" (37 characters) plus padding
		assertThat(sheetXml).containsPattern("<col min=\"1\" max=\"1\" width=\"39");
		assertThat(entry(xlsx, "xl/styles.xml")).contains("<b");
	}

	@Test
	void formulasAreNeutralised() throws IOException {
		byte[] xlsx = Spreadsheets.write("Export", List.of("Ghi chú"),
				List.of(List.of("=HYPERLINK(\"http://x\")"), List.of("+84 912"), List.of("-1"), List.of("@SUM(A1)"),
						List.of("Bình thường")));
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> texts = workbook.getFirstSheet().read().stream().skip(1).map(r -> r.getCellText(0)).toList();
			assertThat(texts).containsExactly("'=HYPERLINK(\"http://x\")", "'+84 912", "'-1", "'@SUM(A1)", "Bình thường");
		}
		assertThat(entry(xlsx, "xl/worksheets/sheet1.xml")).doesNotContain("<f>");
		assertThat(Spreadsheets.neutralise("Sở Y tế")).isEqualTo("Sở Y tế");
	}

	@Test
	void downloadIsAnAttachmentWithAnAsciiFileName() {
		var response = Spreadsheets.download(new byte[] { 1 }, "Danh sách đề nghị khen thưởng 2024");
		assertThat(response.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("Danh-sach-de-nghi-khen-thuong-2024.xlsx".toLowerCase());
		assertThat(response.getHeaders().getContentType()).isEqualTo(Spreadsheets.XLSX);
	}

	private static String entry(byte[] zip, String name) throws IOException {
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
