package vn.atgt.thidua.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.plan.PlanDirectory.PlanFacts;
import vn.atgt.thidua.plan.TaskGroupSpec;
import vn.atgt.thidua.support.DocumentText;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ConsolidatedReportDocumentTests {

	private static final String RESULT = "Tổ chức 12 buổi tuyên truyền luật giao thông đường bộ";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	PlanDirectory plans;

	@Autowired
	YearEndReportService reports;

	@Test
	void officeDownloadsTheConsolidatedReportAsPdfAndDocxAgencyIsRefused() throws Exception {
		Agency reporter = this.testData.agency("Sở Văn hoá tổng hợp");
		Agency silent = this.testData.agency("Sở Tài chính tổng hợp");
		Long planId = this.testData.publishedPlan(2029, List.of(reporter, silent));
		PlanFacts plan = this.plans.facts(planId);
		TaskGroupSpec group = plan.taskGroups().get(0);
		this.mvc.perform(post("/plans/{id}/report", planId).with(csrf())
				.with(user(this.testData.principal(this.testData.agencyUser(reporter))))
				.param("results[" + group.id() + "]", RESULT).param("_submit", "1").param("docNumber", "5")
				.param("docIssueDate", "2029-12-10").param("signerTitle", "GIÁM ĐỐC").param("signerName", "Lê Văn B"))
			.andExpect(status().is3xxRedirection());
		// the consolidated report quotes accepted reports only
		var officeUser = this.testData.currentUser(this.testData.office());
		Long id = this.reports.consolidated(planId, officeUser).reports().get(0).id();
		this.reports.accept(id, this.reports.view(id, officeUser).report().getVersion(), officeUser);
		String heading = group.title() == null ? group.content() : group.title();
		var office = user(this.testData.principal(this.testData.office()));

		byte[] pdf = this.mvc.perform(get("/plans/{id}/reports/consolidated.pdf", planId).with(office))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String pdfText = DocumentText.pdf(pdf);
		assertThat(pdfText).contains("Tổng kết phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2029")
			.contains(plan.title().replaceAll("\\s+", " ")).contains(heading.replaceAll("\\s+", " "))
			.contains(reporter.getName() + ": " + RESULT).contains(silent.getName()).contains("Lưu: VT");

		byte[] docx = this.mvc.perform(get("/plans/{id}/reports/consolidated.docx", planId).with(office))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String docxText = DocumentText.docx(docx);
		assertThat(docxText).contains(plan.title().replaceAll("\\s+", " ")).contains(heading.replaceAll("\\s+", " "))
			.contains(reporter.getName() + ": " + RESULT).contains(silent.getName());

		var agency = user(this.testData.principal(this.testData.agencyUser(reporter)));
		this.mvc.perform(get("/plans/{id}/reports/consolidated.pdf", planId).with(agency))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/plans/{id}/reports/consolidated.docx", planId).with(agency))
			.andExpect(status().isForbidden());
	}

}
