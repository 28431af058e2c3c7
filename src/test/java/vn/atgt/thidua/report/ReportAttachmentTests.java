package vn.atgt.thidua.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ReportAttachmentTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };

	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FieldworkService fieldwork;

	@Autowired
	PlanDirectory plans;

	private RequestPostProcessor as(Agency agency) {
		return user(this.testData.principal(this.testData.agencyUser(agency)));
	}

	private Long inspectionOf(Agency agency) {
		return this.fieldwork.recordInspection(agency.getId(), LocalDate.of(2024, 9, 20), "Đoàn kiểm tra số 3",
				"Kế hoạch thực hiện", "Triển khai đầy đủ", null, this.testData.currentUser(this.testData.office()));
	}

	private Long draftReportOf(Agency agency) throws Exception {
		Long planId = this.testData.publishedPlan(2024, List.of(agency));
		Long group = this.plans.facts(planId).taskGroups().get(0).id();
		this.mvc.perform(post("/plans/{id}/report", planId).with(csrf()).with(as(agency))
				.param("results[" + group + "]", "Tổ chức 12 buổi tuyên truyền").param("dissemination", "Tờ rơi")
				.param("strengths", "Chủ động"))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("select id from year_end_report where plan_id = ? and agency_id = ?",
				Long.class, planId, agency.getId());
	}

	private Long attachmentId(String ownerType, Long ownerId) {
		return this.jdbc.queryForObject(
				"select max(id) from report_attachment where owner_type = ? and owner_id = ?", Long.class, ownerType,
				ownerId);
	}

	private long auditCount(String action, Long id) {
		return this.jdbc.queryForObject("select count(*) from audit_event where action = ? and record_id = ?",
				Long.class, action, id);
	}

	@Test
	void officeAttachesToAnInspectionAndOnlyTheInspectedAgencyDownloadsIt() throws Exception {
		Agency inspected = this.testData.agency("Sở Giao thông vận tải");
		Agency other = this.testData.agency("Sở Xây dựng");
		Long id = inspectionOf(inspected);
		this.mvc.perform(multipart("/inspections/{id}/attachments", id)
				.file(new MockMultipartFile("file", "bien-ban-kiem-tra.pdf", "application/pdf", PDF))
				.with(user(this.testData.principal(this.testData.office()))).with(csrf()))
			.andExpect(redirectedUrl("/inspections/" + id));
		Long attachment = attachmentId("INSPECTION", id);
		this.mvc.perform(get("/inspections/{id}", id).with(as(inspected)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("bien-ban-kiem-tra.pdf")));
		this.mvc.perform(get("/inspections/{id}/attachments/{a}", id, attachment).with(as(inspected)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("bien-ban-kiem-tra.pdf")))
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(PDF));
		this.mvc.perform(get("/inspections/{id}/attachments/{a}", id, attachment).with(as(other)))
			.andExpect(status().isNotFound());
		this.mvc.perform(multipart("/inspections/{id}/attachments", id)
				.file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF)).with(as(inspected)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject(
				"select sha256 from report_attachment where id = ?", String.class, attachment)).hasSize(64);
		assertThat(auditCount("inspection.attach", id)).isEqualTo(1);
		assertThat(auditCount("inspection.attachment.download", id)).isEqualTo(1);
	}

	@Test
	void agencyAttachesToItsOwnDraftReportAndAnotherAgencyGets404() throws Exception {
		Agency owner = this.testData.agency("Sở Y tế");
		Agency other = this.testData.agency("Sở Tư pháp");
		Long reportId = draftReportOf(owner);
		this.mvc.perform(multipart("/reports/{id}/attachments", reportId)
				.file(new MockMultipartFile("file", "anh-hien-truong.png", "image/png", PNG)).with(as(owner)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Long attachment = attachmentId("REPORT", reportId);
		this.mvc.perform(get("/reports/{id}/attachments/{a}", reportId, attachment).with(as(owner)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(content().bytes(PNG));
		this.mvc.perform(get("/reports/{id}/attachments/{a}", reportId, attachment).with(as(other)))
			.andExpect(status().isNotFound());
		this.mvc.perform(multipart("/reports/{id}/attachments", reportId)
				.file(new MockMultipartFile("file", "x.png", "image/png", PNG)).with(as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(auditCount("yearReport.attach", reportId)).isEqualTo(1);
		assertThat(auditCount("yearReport.attachment.download", reportId)).isEqualTo(1);
	}

	@Test
	void executableRenamedPdfIsRefusedWithAMessageNextToTheUploadField() throws Exception {
		Agency owner = this.testData.agency("Sở Tài chính");
		Long reportId = draftReportOf(owner);
		var refused = this.mvc.perform(multipart("/reports/{id}/attachments", reportId)
				.file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", EXE)).with(as(owner)).with(csrf()))
			.andExpect(redirectedUrl("/reports/" + reportId))
			.andExpect(flash().attribute("uploadError", "upload.refused.badType.documentsOrImages"))
			.andReturn();
		// the flash message waits in the session (PostgreSQL): follow the redirect with its cookie
		this.mvc.perform(get("/reports/{id}", reportId).with(as(owner)).cookie(refused.getResponse().getCookie("SESSION")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"attachment-error\"")))
			.andExpect(content().string(containsString("Tệp không được chấp nhận")));
		Long inspection = inspectionOf(owner);
		this.mvc.perform(multipart("/inspections/{id}/attachments", inspection)
				.file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", EXE))
				.with(user(this.testData.principal(this.testData.office()))).with(csrf()))
			.andExpect(flash().attribute("uploadError", "upload.refused.badType.documentsOrImages"));
		assertThat(this.jdbc.queryForObject("select count(*) from report_attachment where (owner_type = 'REPORT' and "
				+ "owner_id = ?) or (owner_type = 'INSPECTION' and owner_id = ?)", Long.class, reportId, inspection))
			.isZero();
	}

}
