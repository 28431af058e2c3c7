package vn.atgt.thidua.document;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.atgt.thidua.demo.DemoPlanContents;
import vn.atgt.thidua.plan.PlanContent;
import vn.atgt.thidua.plan.PlanStatus;
import vn.atgt.thidua.plan.PlanView;

import static org.assertj.core.api.Assertions.assertThat;

class PlanDocumentRenderingTests {

	private final PdfRenderer pdf = new PdfRenderer();

	private final DocxRenderer docx = new DocxRenderer();

	private final PlanDocuments plans = new PlanDocuments();

	static PlanView published2024() {
		PlanContent content = DemoPlanContents.plan2024();
		return new PlanView(1L, 1, PlanStatus.PUBLISHED, 12, "12/KH-BATGT", LocalDate.of(2024, 6, 10), content,
				List.of(), List.of(), null, null, null);
	}

	@Test
	void plan2024PdfCarriesItsTextWithEveryDiacritic() {
		byte[] file = this.pdf.render(this.plans.plan(published2024()));
		String text = RenderedDocuments.pdfText(file);
		assertThat(text).doesNotContain("#")
			.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "UBND TỈNH LẠNG SƠN",
					"BAN AN TOÀN GIAO THÔNG", "Số: 12/KH-BATGT", "Lạng Sơn, ngày 10 tháng 6 năm 2024", "KẾ HOẠCH",
					"I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG PHONG TRÀO THI ĐUA", "III. TỔ CHỨC THỰC HIỆN", "1. Mục đích",
					"8. Nâng cao năng lực cứu hộ", "Nơi nhận:", "Lưu: VT", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN",
					"Dương Công Vĩ", "Hồ Tiến Thiệu");
		assertThat(RenderedDocuments.pdfPages(file)).isGreaterThan(2);
		RenderedDocuments.pagePng(file, 0, "plan-2024-page1.png");
		RenderedDocuments.pagePng(file, RenderedDocuments.pdfPages(file) - 1, "plan-2024-last-page.png");
	}

	@Test
	void plan2024DocxReadsBackWithHeaderTableAndTimesNewRoman() {
		byte[] file = this.docx.render(this.plans.plan(published2024()));
		XWPFDocument doc = RenderedDocuments.docx(file);
		XWPFTable header = doc.getTables().get(0);
		assertThat(header.getRow(0).getTableCells()).hasSize(2);
		assertThat(header.getRow(0).getCell(0).getText()).contains("UBND TỈNH LẠNG SƠN", "BAN AN TOÀN GIAO THÔNG",
				"Số: 12/KH-BATGT");
		assertThat(header.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Độc lập - Tự do - Hạnh phúc", "Lạng Sơn, ngày 10 tháng 6 năm 2024");
		assertThat(RenderedDocuments.docxText(doc)).contains("KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "Nơi nhận:",
				"Lưu: VT", "Dương Công Vĩ");
		assertThat(doc.getParagraphs()).allSatisfy(p -> assertThat(p.getRuns())
			.allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman")));
		assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
	}

	@Test
	void measuresTheTimeToProduceThe2024Plan() {
		PlanView plan = published2024();
		this.pdf.render(this.plans.plan(plan));
		this.docx.render(this.plans.plan(plan));
		long pdfMs = Long.MAX_VALUE;
		long docxMs = Long.MAX_VALUE;
		byte[] pdfFile = null;
		byte[] docxFile = null;
		for (int run = 0; run < 3; run++) {
			long pdfStart = System.nanoTime();
			pdfFile = this.pdf.render(this.plans.plan(plan));
			pdfMs = Math.min(pdfMs, (System.nanoTime() - pdfStart) / 1_000_000);
			long docxStart = System.nanoTime();
			docxFile = this.docx.render(this.plans.plan(plan));
			docxMs = Math.min(docxMs, (System.nanoTime() - docxStart) / 1_000_000);
		}
		System.out.printf("2024 plan, best of 3 after warm-up: PDF %d ms (%d bytes, %d pages), DOCX %d ms (%d bytes)%n",
				pdfMs, pdfFile.length, RenderedDocuments.pdfPages(pdfFile), docxMs, docxFile.length);
		assertThat(pdfMs).isLessThan(10_000);
		assertThat(docxMs).isLessThan(5_000);
	}

}
