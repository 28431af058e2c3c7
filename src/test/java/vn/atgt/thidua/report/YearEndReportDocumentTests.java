package vn.atgt.thidua.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.agency.AgencyKind;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.support.DocumentText;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agency's year-end report prints as a signable Decree 30 document (issue 13.2): its header, number, place, date
 * and signer are the values its author saw prefilled and edited, in the PDF and in the DOCX, for a provincial
 * department and for a district committee; submitting without number, date or signer is refused next to the field.
 */
@IntegrationTest
class YearEndReportDocumentTests {

	private static final String RESULT = "Tổ chức 14 buổi tuyên truyền tại các trường học";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanDirectory plans;

	@Test
	void districtCommitteePrintsItsOwnHeaderPlaceNumberAndDeputySigner() throws Exception {
		Agency agency = named(this.testData.agency("district", AgencyKind.DISTRICT_COMMITTEE),
				"Ban ATGT huyện Lộc Bình", null);
		Long planId = this.testData.publishedPlan(2024, List.of(agency));
		RequestPostProcessor staff = user(this.testData.principal(this.testData.agencyUser(agency)));
		// prefilled from the agency directory
		this.mvc.perform(get("/plans/{id}/report", planId).with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(value("UBND HUYỆN LỘC BÌNH"))))
			.andExpect(content().string(containsString(value("BAN AN TOÀN GIAO THÔNG"))))
			.andExpect(content().string(containsString(value("BATGT"))))
			.andExpect(content().string(containsString(value("Lộc Bình"))))
			.andExpect(content().string(containsString(value("TRƯỞNG BAN"))));
		// no number, no signer's name: refused next to the fields, everything typed kept, nothing saved
		this.mvc.perform(form(planId, staff, "docNumber", "signerName").param("_submit", "1")
				.param("proposals", "Tăng kinh phí tuyên truyền"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("yearEndReportForm", "docNumber",
					"yearReport.validation.requiredToSubmit"))
			.andExpect(model().attributeHasFieldErrorCode("yearEndReportForm", "signerName",
					"yearReport.validation.requiredToSubmit"))
			.andExpect(content().string(containsString("Phải nhập trước khi gửi báo cáo.")))
			.andExpect(content().string(containsString(org.springframework.web.util.HtmlUtils.htmlEscape("Tăng kinh phí tuyên truyền"))))
			.andExpect(content().string(containsString(value("UBND HUYỆN LỘC BÌNH"))));
		assertThat(this.jdbc.queryForObject("select count(*) from year_end_report where agency_id = ?", Long.class,
				agency.getId())).isZero();
		this.mvc.perform(form(planId, staff).param("_submit", "1"))
			.andExpect(redirectedUrlPattern("/reports/*"));
		Long id = this.jdbc.queryForObject("select id from year_end_report where agency_id = ?", Long.class,
				agency.getId());

		for (String text : texts(id, staff, "year-end-report-district")) {
			assertThat(text).contains("UBND HUYỆN LỘC BÌNH", "BAN AN TOÀN GIAO THÔNG", "Số: 37/BC-BATGT",
					"Lộc Bình, ngày 23 tháng 12 năm 2024", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nông Văn Thắng",
					"- Ban ATGT tỉnh (b/c);", "- UBND huyện Lộc Bình (b/c);", "- Lưu: VT, BATGT.",
					"Ban ATGT huyện Lộc Bình báo cáo kết quả thực hiện", RESULT)
				.doesNotContain("THỦ TRƯỞNG CƠ QUAN", "cơ quan báo cáo", "Số: /BC", "UBND TỈNH LẠNG SƠN",
						"Lạng Sơn, ngày");
		}
	}

	@Test
	void provincialDepartmentPrintsTheProvinceHeaderItsSymbolAndItsDirector() throws Exception {
		Agency agency = named(this.testData.agency("department"), "Sở Thông tin và Truyền thông", "STTTT");
		Long planId = this.testData.publishedPlan(2024, List.of(agency));
		RequestPostProcessor staff = user(this.testData.principal(this.testData.agencyUser(agency)));
		this.mvc.perform(get("/plans/{id}/report", planId).with(staff))
			.andExpect(content().string(containsString(value("UBND TỈNH LẠNG SƠN"))))
			.andExpect(content().string(containsString(value("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"))))
			.andExpect(content().string(containsString(value("STTTT"))))
			.andExpect(content().string(containsString(value("GIÁM ĐỐC"))));
		Long group = this.plans.facts(planId).taskGroups().get(0).id();
		this.mvc.perform(post("/plans/{id}/report", planId).with(csrf()).with(staff).param("_submit", "1")
				.param("results[" + group + "]", RESULT).param("docParentBody", "UBND TỈNH LẠNG SƠN")
				.param("docIssuingBody", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG").param("docSymbol", "STTTT")
				.param("docNumber", "215").param("docPlace", "Lạng Sơn").param("docIssueDate", "2024-12-05")
				.param("signAuthority", "NONE").param("signerHeadTitle", "").param("signerTitle", "GIÁM ĐỐC")
				.param("signerName", "Nguyễn Quang Huy")
				.param("recipients", "Ban ATGT tỉnh (b/c);\nLãnh đạo Sở;\nLưu: VT, VP."))
			.andExpect(redirectedUrlPattern("/reports/*"));
		Long id = this.jdbc.queryForObject("select id from year_end_report where agency_id = ?", Long.class,
				agency.getId());
		for (String text : texts(id, staff, "year-end-report-department")) {
			assertThat(text).contains("UBND TỈNH LẠNG SƠN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Số: 215/BC-STTTT",
					"Lạng Sơn, ngày 05 tháng 12 năm 2024", "GIÁM ĐỐC", "Nguyễn Quang Huy", "- Lãnh đạo Sở;",
					"- Lưu: VT, VP.", "Sở Thông tin và Truyền thông báo cáo kết quả thực hiện")
				.doesNotContain("KT.", "THỦ TRƯỞNG CƠ QUAN", "cơ quan báo cáo", "Lưu: VT. ");
		}
	}

	/** The district committee's form as its author completes it (prefilled values kept, number and signer added). */
	private MockHttpServletRequestBuilder form(Long planId, RequestPostProcessor staff, String... left) {
		Long group = this.plans.facts(planId).taskGroups().get(0).id();
		MockHttpServletRequestBuilder request = post("/plans/{id}/report", planId).with(csrf()).with(staff)
			.param("results[" + group + "]", RESULT);
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("docParentBody", "UBND HUYỆN LỘC BÌNH");
		fields.put("docIssuingBody", "BAN AN TOÀN GIAO THÔNG");
		fields.put("docNumber", "37");
		fields.put("docSymbol", "BATGT");
		fields.put("docPlace", "Lộc Bình");
		fields.put("docIssueDate", "2024-12-23");
		fields.put("signAuthority", "KT");
		fields.put("signerHeadTitle", "TRƯỞNG BAN");
		fields.put("signerTitle", "PHÓ TRƯỞNG BAN");
		fields.put("signerName", "Nông Văn Thắng");
		fields.put("recipients", "Ban ATGT tỉnh (b/c);\nUBND huyện Lộc Bình (b/c);\nLưu: VT, BATGT.");
		fields.forEach((name, value) -> request.param(name, List.of(left).contains(name) ? "" : value));
		return request;
	}

	private List<String> texts(Long id, RequestPostProcessor staff, String sample) throws Exception {
		long start = System.nanoTime();
		byte[] pdf = this.mvc.perform(get("/reports/{id}/document.pdf", id).with(staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		keep(sample, pdf, start);
		byte[] docx = this.mvc.perform(get("/reports/{id}/document.docx", id).with(staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		return List.of(DocumentText.pdf(pdf), DocumentText.docx(docx));
	}

	/** The PDF under target/document-samples (docs/images are made from it with pdftoppm) and its time to answer. */
	static void keep(String sample, byte[] pdf, long start) throws java.io.IOException {
		java.nio.file.Path dir = java.nio.file.Path.of("target", "document-samples");
		java.nio.file.Files.createDirectories(dir);
		java.nio.file.Files.write(dir.resolve(sample + ".pdf"), pdf);
		System.out.println("document sample " + sample + ": " + (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	/** An input's value as Thymeleaf writes it (letters outside Latin-1 as entities, e.g. Ì → &Igrave;). */
	private static String value(String text) {
		return "value=\"" + org.springframework.web.util.HtmlUtils.htmlEscape(text) + "\"";
	}

	private Agency named(Agency agency, String name, String shortName) {
		this.jdbc.update("update agency set name = ?, short_name = ?, has_area = false where id = ?", name, shortName,
				agency.getId());
		return agency;
	}

}
