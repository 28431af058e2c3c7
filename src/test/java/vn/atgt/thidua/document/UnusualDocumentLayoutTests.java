package vn.atgt.thidua.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.plan.PlanContent;
import vn.atgt.thidua.plan.PlanStatus;
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.plan.SignAuthority;
import vn.atgt.thidua.plan.TaskGroupSpec;
import vn.atgt.thidua.support.PlanFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class UnusualDocumentLayoutTests {

	private final PdfRenderer pdf = new PdfRenderer();

	private final DocxRenderer docx = new DocxRenderer();

	private final PlanDocuments plans = new PlanDocuments();

	static String nfd(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD);
	}

	/** A 300-character title, 20 recipients, 12 task groups and every name typed decomposed (NFD). */
	static PlanView unusualPlan() {
		PlanContent base = PlanFixtures.content(2025, 12);
		String title = nfd(("Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông đường bộ, đường sắt, "
				+ "đường thủy nội địa trên địa bàn tỉnh Lạng Sơn ").repeat(3)).substring(0, 300);
		List<String> recipients = IntStream.rangeClosed(1, 20).mapToObj(i -> nfd("Ủy ban nhân dân xã số " + i + ";")).toList();
		List<TaskGroupSpec> groups = IntStream.rangeClosed(1, 12)
			.mapToObj(i -> new TaskGroupSpec(null, "Nhóm " + i, nfd("Nhiệm vụ trọng tâm thứ " + i
					+ ": tăng cường tuần tra, kiểm soát, xử lý vi phạm về nồng độ cồn, tốc độ, chở quá tải trọng.")))
			.toList();
		PlanContent content = new PlanContent(2025, base.parentBody(), base.issuingBody(), base.bodySymbol(),
				base.place(), title, base.theme(), base.legalBases(), base.introduction(), base.purposes(),
				base.targets(), base.requirements(), base.participants(), base.taskGroupsIntro(), groups,
				base.startDate(), base.endDate(), base.subPlanDueDate(), base.reportDueDate(), base.nominationDueDate(),
				base.agencyDutiesHeading(), base.agencyDuties(), base.officeDutiesHeading(), base.officeDuties(),
				base.closingText(), recipients, SignAuthority.KT, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN",
				nfd("Dương Công Vĩ"));
		return new PlanView(9L, 0, PlanStatus.PUBLISHED, 3, "3/KH-BATGT", LocalDate.of(2025, 1, 2), content,
				List.of(), List.of(), null, null, null);
	}

	@Test
	void longTitleManyRecipientsAndTwelveTaskGroupsStillLayOut() {
		AdminDocument document = this.plans.plan(unusualPlan());
		byte[] file = this.pdf.render(document);
		assertThat(RenderedDocuments.pdfPages(file)).isGreaterThan(1);
		String text = RenderedDocuments.pdfText(file);
		assertThat(text).doesNotContain("#")
			.contains("12. Nhiệm vụ trọng tâm thứ 12", "Ủy ban nhân dân xã số 20;", "Lưu: VT", "Dương Công Vĩ",
					"ngày 02 tháng 01 năm 2025", "đường thủy nội địa trên địa bàn tỉnh Lạng Sơn");
		assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
		RenderedDocuments.pagePng(file, 0, "unusual-plan-page1.png");
		String docxText = RenderedDocuments.docxText(RenderedDocuments.docx(this.docx.render(document)));
		assertThat(docxText).contains("Dương Công Vĩ", "Ủy ban nhân dân xã số 20;", "12. Nhiệm vụ trọng tâm thứ 12");
		assertThat(Normalizer.isNormalized(docxText, Normalizer.Form.NFC)).isTrue();
	}

	@Test
	void decomposedInputIsStoredComposedInTheModel() {
		AdminDocument document = this.plans.plan(unusualPlan());
		assertThat(document.signature().name()).isEqualTo("Dương Công Vĩ").hasSize(13);
		assertThat(document.titleLines().get(0)).isEqualTo(Normalizer.normalize(document.titleLines().get(0),
				Normalizer.Form.NFC));
		assertThat(document.recipients()).hasSize(21).last().isEqualTo("Lưu: VT.");
	}

	@Test
	void recipientsAlwaysEndWithTheArchiveLineAndLoseTheirDash() {
		AdminDocument withoutArchive = AdminDocument.builder().recipients(List.of("- UBND tỉnh (b/c);")).build();
		assertThat(withoutArchive.recipients()).containsExactly("UBND tỉnh (b/c);", "Lưu: VT.");
		AdminDocument withArchive = AdminDocument.builder().recipients(List.of("Như trên;", "Lưu: VT, VP.")).build();
		assertThat(withArchive.recipients()).containsExactly("Như trên;", "Lưu: VT, VP.");
	}

}
