package vn.atgt.thidua.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import vn.atgt.thidua.document.OfficialDocuments.Letterhead;
import vn.atgt.thidua.document.OfficialDocuments.Report;
import vn.atgt.thidua.document.OfficialDocuments.ReportSection;
import vn.atgt.thidua.support.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layout rules of issue 13.6 checked over many generated documents rather than one example: legal references never
 * break between number and symbol, the signature never stands alone on the last page, and unusual data (long names,
 * 30 recipients, empty optional sections, NFD input) prints no "#" glyph, no empty "()" and nothing past the margin.
 */
class DocumentLayoutPropertyTests {

	private static final float PAGE_WIDTH_PT = 595.28f;

	/** Right margin 15 mm; a 1 pt tolerance for rounding. */
	private static final float RIGHT_LIMIT_PT = PAGE_WIDTH_PT - 15 * 72 / 25.4f + 1;

	private final PdfRenderer pdf = new PdfRenderer();

	private final DocxRenderer docx = new DocxRenderer();

	private final OfficialDocuments builders = new OfficialDocuments();

	@Test
	void legalReferencesStayOnOneLineWherePrecedingTextPutsThem() {
		List<String> paragraphs = new ArrayList<>();
		// every offset within about one line, so some references fall at the end of a line
		for (int i = 0; i < 60; i++) {
			paragraphs.add("Thực hiện" + " tốt".repeat(i) + " Nghị quyết số 48/NQ-CP và Nghị định số 168/2024/NĐ-CP.");
		}
		byte[] file = this.pdf.render(report(paragraphs, List.of("Sở Y tế;"), "Nguyễn Văn A", 3));
		String raw = rawText(file);
		assertThat(count(raw, "48/NQ-CP")).isEqualTo(60);
		assertThat(count(raw, "168/2024/NĐ-CP")).isEqualTo(60);
		assertThat(count(raw, "số 48/NQ-CP")).isEqualTo(60);
		byte[] word = this.docx.render(report(paragraphs, List.of("Sở Y tế;"), "Nguyễn Văn A", 3));
		assertThat(count(DocumentText.docx(word).replace('\u2011', '-'), "48/NQ-CP")).isEqualTo(60);
		try (XWPFDocument doc = RenderedDocuments.docx(word)) {
			// the hyphens of the references are Word's non-breaking hyphens
			assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
				.filter(r -> r.getCTR().sizeOfNoBreakHyphenArray() > 0).count()).isGreaterThanOrEqualTo(120);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void theLastPageAlwaysHoldsTheClosingParagraphWithTheSignature() {
		for (int length = 18; length <= 40; length += 2) {
			List<String> paragraphs = IntStream.range(0, length)
				.mapToObj(i -> "Đoạn " + i + ": tăng cường tuần tra, kiểm soát, xử lý vi phạm về nồng độ cồn, tốc độ.")
				.toList();
			byte[] file = this.pdf.render(report(paragraphs, List.of("Sở Y tế;", "Công an tỉnh;"), "Lê Văn Bình", 1));
			String last = lastPageText(file);
			assertThat(last).as("body of " + length + " paragraphs").contains("Trên đây là báo cáo", "Lê Văn Bình",
					"Nơi nhận:");
		}
		byte[] word = this.docx.render(report(List.of("Một đoạn."), List.of(), "Lê Văn Bình", 1));
		try (XWPFDocument doc = RenderedDocuments.docx(word)) {
			XWPFParagraph closing = doc.getParagraphs().stream()
				.filter(p -> p.getText().startsWith("Trên đây là báo cáo")).findFirst().orElseThrow();
			assertThat(closing.getCTP().getPPr().isSetKeepNext()).isTrue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void unusualDataPrintsNoPlaceholderGlyphNoEmptyParenthesesAndNothingPastTheMargin() {
		Random random = new Random(13);
		for (int round = 0; round < 6; round++) {
			String name = nfd("Ban An toàn giao thông huyện Lộc Bình và các cơ quan phối hợp liên ngành số " + round)
					.repeat(1 + random.nextInt(3));
			List<String> recipients = IntStream.rangeClosed(1, 30)
				.mapToObj(i -> nfd("Ủy ban nhân dân xã, phường, thị trấn số " + i + " thuộc huyện Lộc Bình;"))
				.toList();
			List<String> paragraphs = round % 2 == 0 ? List.of() : List.of(nfd(name + " (" + "b/c" + ") đã báo cáo."));
			AdminDocument document = report(paragraphs, recipients, nfd("Hoàng Thị Ánh Nguyệt"), random.nextInt(3));
			byte[] file = this.pdf.render(document);
			String text = DocumentText.pdf(file);
			assertThat(text).doesNotContain("#").doesNotContain("()").doesNotContain("( )")
				.contains("Hoàng Thị Ánh Nguyệt", "Ủy ban nhân dân xã, phường, thị trấn số 30");
			assertThat(rightmostGlyph(file)).as("round " + round).isLessThanOrEqualTo(RIGHT_LIMIT_PT);
			String word = DocumentText.docx(this.docx.render(document));
			assertThat(word).doesNotContain("()").contains("Hoàng Thị Ánh Nguyệt");
		}
	}

	private AdminDocument report(List<String> paragraphs, List<String> recipients, String signer, int emptySections) {
		List<ReportSection> sections = new ArrayList<>();
		sections.add(ReportSection.of("Kết quả", paragraphs));
		for (int i = 0; i < emptySections; i++) {
			sections.add(new ReportSection("Mục trống " + i, List.of(), List.of(), null, List.of()));
		}
		return this.builders.report(new Report(new Letterhead("UBND HUYỆN LỘC BÌNH", "BAN AN TOÀN GIAO THÔNG",
				"BATGT", "Lộc Bình"), 37, LocalDate.of(2024, 12, 23), List.of("Tổng kết năm 2024"), "Mở đầu.",
				sections, "Trên đây là báo cáo kết quả năm 2024./.", recipients,
				new Signature("KT.", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", signer)));
	}

	private static String nfd(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD);
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	private static String rawText(byte[] file) {
		try (PDDocument doc = Loader.loadPDF(file)) {
			return new PDFTextStripper().getText(doc);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String lastPageText(byte[] file) {
		try (PDDocument doc = Loader.loadPDF(file)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(doc.getNumberOfPages());
			stripper.setEndPage(doc.getNumberOfPages());
			return stripper.getText(doc).replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static float rightmostGlyph(byte[] file) {
		float[] max = { 0 };
		try (PDDocument doc = Loader.loadPDF(file)) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) throws IOException {
					for (TextPosition p : positions) {
						if (!p.getUnicode().isBlank()) {
							max[0] = Math.max(max[0], p.getXDirAdj() + p.getWidthDirAdj());
						}
					}
					super.writeString(text, positions);
				}
			};
			stripper.getText(doc);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return max[0];
	}

}
