package vn.atgt.thidua.document;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.atgt.thidua.document.OfficialDocuments.Assignment;
import vn.atgt.thidua.document.OfficialDocuments.AwardSubmission;
import vn.atgt.thidua.document.OfficialDocuments.LateSubmission;
import vn.atgt.thidua.document.OfficialDocuments.Letterhead;
import vn.atgt.thidua.document.OfficialDocuments.Nominee;
import vn.atgt.thidua.document.OfficialDocuments.ReminderLetter;
import vn.atgt.thidua.document.OfficialDocuments.Report;
import vn.atgt.thidua.document.OfficialDocuments.ReportSection;
import vn.atgt.thidua.document.OfficialDocuments.SubPlan;

import static org.assertj.core.api.Assertions.assertThat;

class OfficialDocumentsRenderingTests {

	private final OfficialDocuments builders = new OfficialDocuments();

	private final PdfRenderer pdf = new PdfRenderer();

	private final DocxRenderer docx = new DocxRenderer();

	static final Signature DEPUTY = new Signature("KT.", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Dương Công Vĩ");

	static ReminderLetter reminder() {
		return new ReminderLetter(Letterhead.committee(), 45, LocalDate.of(2024, 7, 5),
				"đôn đốc gửi kế hoạch thực hiện phong trào thi đua năm 2024",
				List.of("Sở Y tế;", "Ban ATGT huyện Lộc Bình."),
				"Thực hiện Kế hoạch số 12/KH-BATGT ngày 10/6/2024 của Ban An toàn giao thông tỉnh, đến nay các cơ quan, đơn vị sau chưa gửi văn bản theo thời hạn:",
				List.of(new LateSubmission("Sở Y tế", "Kế hoạch thực hiện", LocalDate.of(2024, 6, 30), 5),
						new LateSubmission("Ban ATGT huyện Lộc Bình", "Kế hoạch thực hiện", LocalDate.of(2024, 6, 30), 5)),
				"Ban An toàn giao thông tỉnh đề nghị các cơ quan, đơn vị khẩn trương hoàn thành, gửi về Văn phòng Ban trước ngày 15/7/2024./.",
				List.of("Như trên;", "Trưởng ban (b/c);"), DEPUTY);
	}

	static SubPlan subPlan() {
		return new SubPlan(new Letterhead("UBND TỈNH LẠNG SƠN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "STTTT", "Lạng Sơn"),
				null, LocalDate.of(2021, 2, 5),
				List.of("Thực hiện phong trào thi đua bảo đảm trật tự,", "an toàn giao thông năm 2021"),
				"Thực hiện Kế hoạch số 11/KH-BATGT ngày 26/01/2021 của Ban An toàn giao thông tỉnh Lạng Sơn về việc Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2021, Sở Thông tin và Truyền thông xây dựng Kế hoạch thực hiện cụ thể như sau:",
				List.of("Phát huy vai trò, nhiệm vụ của thành viên Ban An toàn giao thông tỉnh trong hoạt động bảo đảm trật tự an toàn giao thông.",
						"Quán triệt cho toàn thể công chức, viên chức, người lao động ngành Thông tin và Truyền thông thực hiện tốt chủ đề năm."),
				List.of("Thi đua gắn với thực hiện các nhiệm vụ chính trị, hoàn thành xuất sắc các chỉ tiêu kế hoạch công tác năm 2021.",
						"Tiếp tục tuyên truyền Chỉ thị số 18-CT/TW ngày 04/9/2012 của Ban Bí thư Trung ương Đảng.",
						"Đổi mới và nâng cao hiệu quả công tác tuyên truyền, phổ biến các văn bản quy phạm pháp luật về trật tự an toàn giao thông."),
				List.of(new Assignment("Phòng Văn hóa và Thông tin các huyện, thành phố",
						List.of("Tổ chức, phối hợp tuyên truyền các nội dung về trật tự an toàn giao thông năm 2021.",
								"Đề xuất khen thưởng các tập thể, cá nhân có nhiều thành tích.")),
						new Assignment("Phòng Thông tin – Báo chí – Xuất bản",
								List.of("Tham mưu cho lãnh đạo Sở, chỉ đạo, hướng dẫn các cơ quan báo chí thực hiện tuyên truyền.")),
						new Assignment("Văn phòng Sở", List.of("Giúp lãnh đạo Sở theo dõi nhiệm vụ các phòng chuyên môn."))),
				"Trên đây là Kế hoạch thực hiện phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2021 của Sở Thông tin và Truyền thông./.",
				List.of("Ban An toàn GT tỉnh (B/c);", "Ban TĐKT tỉnh (B/c);", "Lãnh đạo Sở;", "Lưu: VT, VP."),
				Signature.head("GIÁM ĐỐC", "Nguyễn Quang Huy"));
	}

	static Report consolidatedReport() {
		Block.Table figures = new Block.Table(
				List.of(new Block.Column("Chỉ tiêu", 40, false), new Block.Column("Năm 2023", 20, true),
						new Block.Column("Năm 2024", 20, true), new Block.Column("Tăng/giảm", 20, true)),
				List.of(List.of("Số vụ tai nạn giao thông", "112", "101", "-9,8%"),
						List.of("Số người chết", "86", "79", "-8,1%"), List.of("Số người bị thương", "64", "58", "-9,4%")));
		return new Report(Letterhead.committee(), 130, LocalDate.of(2024, 12, 25),
				List.of("Tổng kết phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2024"),
				"Thực hiện Kế hoạch số 12/KH-BATGT ngày 10/6/2024, Ban An toàn giao thông tỉnh báo cáo kết quả như sau:",
				List.of(new ReportSection("Kết quả thực hiện", List.of("Các cơ quan thành viên đã triển khai kế hoạch."),
						List.of(), figures,
						List.of(new ReportSection("Công tác tuyên truyền", List.of("Đẩy mạnh tuyên truyền trên mạng xã hội."),
								List.of("Tổ chức 245 buổi tuyên truyền;", "Đăng 1.024 tin, bài."), null,
								List.of(ReportSection.of("Tại các trường học", List.of("Ký cam kết với 100% học sinh.")),
										ReportSection.of("Tại khu dân cư", List.of("Tuyên truyền lưu động.")))))),
						ReportSection.of("Phương hướng năm 2025", List.of("Tiếp tục kéo giảm tai nạn giao thông."))),
				"Trên đây là báo cáo tổng kết phong trào thi đua năm 2024./.", List.of("UBND tỉnh (b/c);"), DEPUTY);
	}

	static AwardSubmission submission() {
		return new AwardSubmission(Letterhead.committee(), 7, LocalDate.of(2025, 1, 8),
				List.of("Về việc đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua bảo đảm TTATGT năm 2024"),
				List.of("Chủ tịch UBND tỉnh Lạng Sơn"),
				"Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022; Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ.",
				"Ban An toàn giao thông tỉnh kính trình Chủ tịch UBND tỉnh xem xét, tặng Bằng khen cho 01 tập thể và 02 cá nhân sau:",
				List.of(new Nominee("Phòng Cảnh sát giao thông", "Công an tỉnh", "Bằng khen của Chủ tịch UBND tỉnh",
						"Hoàn thành xuất sắc nhiệm vụ; kéo giảm 9,8% số vụ tai nạn"),
						new Nominee("Ông Hoàng Văn Đức", "Đội trưởng, Phòng Cảnh sát giao thông", "Bằng khen của Chủ tịch UBND tỉnh",
								"Chỉ đạo 120 đợt tuần tra kiểm soát"),
						new Nominee("Bà Nguyễn Thị Thùy Dương", "Chuyên viên, Sở Y tế", "Bằng khen của Chủ tịch UBND tỉnh",
								"Tổ chức tập huấn sơ cứu cho 300 nhân viên y tế thôn, bản")),
				"Kính trình Chủ tịch UBND tỉnh xem xét, quyết định./.", List.of("Như trên;", "Ban TĐKT tỉnh;"), DEPUTY);
	}

	@Test
	void reminderLetterNamesTheLateAgenciesWithTheirDeadlines() {
		AdminDocument document = this.builders.reminderLetter(reminder());
		byte[] file = this.pdf.render(document);
		String text = RenderedDocuments.pdfText(file);
		assertThat(text).doesNotContain("#")
			.contains("Số: 45/BATGT", "V/v đôn đốc gửi kế hoạch thực hiện", "Kính gửi:", "Sở Y tế",
					"Ban ATGT huyện Lộc Bình", "30/6/2024", "Số ngày chậm", "Lạng Sơn, ngày 05 tháng 7 năm 2024",
					"Nơi nhận:", "Lưu: VT", "KT. TRƯỞNG BAN", "Dương Công Vĩ")
			.doesNotContain("KẾ HOẠCH");
		RenderedDocuments.pagePng(file, 0, "reminder-letter-page1.png");
		XWPFDocument doc = RenderedDocuments.docx(this.docx.render(document));
		assertThat(doc.getTables()).hasSize(3);
		assertThat(doc.getTables().get(1).getRow(1).getCell(1).getText()).isEqualTo("Sở Y tế");
		assertThat(doc.getTables().get(1).getRow(2).getCell(3).getText()).isEqualTo("30/6/2024");
	}

	@Test
	void subPlanFollowsSeed001() {
		AdminDocument document = this.builders.subPlan(subPlan());
		byte[] file = this.pdf.render(document);
		String text = RenderedDocuments.pdfText(file);
		assertThat(text).doesNotContain("#")
			.contains("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Số: /KH-STTTT", "Lạng Sơn, ngày 05 tháng 02 năm 2021",
					"I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN",
					"2. Phòng Thông tin – Báo chí – Xuất bản", "GIÁM ĐỐC", "Nguyễn Quang Huy", "Lưu: VT, VP.")
			.doesNotContain("KT.");
		RenderedDocuments.pagePng(file, 0, "subplan-page1.png");
		assertThat(RenderedDocuments.docxText(RenderedDocuments.docx(this.docx.render(document))))
			.contains("3. Văn phòng Sở", "Nguyễn Quang Huy");
	}

	@Test
	void consolidatedReportNumbersSectionsItemsAndPoints() {
		AdminDocument document = this.builders.report(consolidatedReport());
		byte[] file = this.pdf.render(document);
		String text = RenderedDocuments.pdfText(file);
		assertThat(text).doesNotContain("#")
			.contains("BÁO CÁO", "Số: 130/BC-BATGT", "I. KẾT QUẢ THỰC HIỆN", "1. Công tác tuyên truyền",
					"a) Tại các trường học", "b) Tại khu dân cư", "II. PHƯƠNG HƯỚNG NĂM 2025", "Số người bị thương",
					"-9,4%");
		RenderedDocuments.pagePng(file, 0, "report-page1.png");
		assertThat(RenderedDocuments.docxText(RenderedDocuments.docx(this.docx.render(document))))
			.contains("a) Tại các trường học", "Số vụ tai nạn giao thông");
	}

	@Test
	void awardSubmissionListsItsNominees() {
		AdminDocument document = this.builders.awardSubmission(submission());
		byte[] file = this.pdf.render(document);
		String text = RenderedDocuments.pdfText(file);
		assertThat(text).doesNotContain("#")
			.contains("TỜ TRÌNH", "Số: 7/TTr-BATGT", "Lạng Sơn, ngày 08 tháng 01 năm 2025",
					"Kính gửi: Chủ tịch UBND tỉnh Lạng Sơn", "Tên tập thể, cá nhân", "Ông Hoàng Văn Đức",
					"Bà Nguyễn Thị Thùy Dương", "Bằng khen của Chủ tịch UBND tỉnh", "Lưu: VT");
		RenderedDocuments.pagePng(file, 0, "award-submission-page1.png");
		XWPFDocument doc = RenderedDocuments.docx(this.docx.render(document));
		assertThat(doc.getTables().get(1).getRows()).hasSize(4);
		assertThat(doc.getTables().get(1).getRow(3).getCell(1).getText()).isEqualTo("Bà Nguyễn Thị Thùy Dương");
	}

}
