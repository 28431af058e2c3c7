package vn.atgt.thidua.document;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.PlanFixtures;
import vn.atgt.thidua.support.SqlStatementCounter;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PlanDocumentDownloadTests {

	static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	SqlStatementCounter sql;

	@Test
	void officeDownloadsTheDraftPlanAsPdfWithItsText() throws Exception {
		Long draft = this.testData.draftPlan(2050);
		MvcResult result = this.mvc.perform(get("/plans/{id}/document.pdf", draft)
				.with(user(this.testData.principal(this.testData.office()))))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("ke-hoach-du-thao-2050.pdf")))
			.andReturn();
		String text = RenderedDocuments.pdfText(result.getResponse().getContentAsByteArray());
		assertThat(text).contains("Số: /KH-BATGT", "Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2050",
				"Nội dung nhóm nhiệm vụ trọng tâm số 8 năm 2050", "Dương Công Vĩ", "Lưu: VT");
	}

	@Test
	void participantDownloadsThePublishedPlanAsDocx() throws Exception {
		Agency agency = this.testData.agency("Sở Y tế");
		Long planId = this.testData.publishedPlan(2051, List.of(agency));
		MvcResult result = this.mvc.perform(get("/plans/{id}/document.docx", planId)
				.with(user(this.testData.principal(this.testData.agencyUser(agency)))))
			.andExpect(status().isOk())
			.andExpect(content().contentType(DOCX_TYPE))
			.andExpect(header().string("Content-Disposition", containsString("-kh-batgt-2051.docx")))
			.andReturn();
		var doc = RenderedDocuments.docx(result.getResponse().getContentAsByteArray());
		assertThat(doc.getTables().get(0).getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		assertThat(RenderedDocuments.docxText(doc)).contains("Nội dung nhóm nhiệm vụ trọng tâm số 8 năm 2051");
	}

	@Test
	void agencyOutsideThePlanGetsNotFoundForBothFormats() throws Exception {
		Agency participant = this.testData.agency("Sở Tư pháp");
		Agency other = this.testData.agency("Sở Công Thương");
		Long planId = this.testData.publishedPlan(2052, List.of(participant));
		var outsider = user(this.testData.principal(this.testData.agencyUser(other)));
		this.mvc.perform(get("/plans/{id}/document.pdf", planId).with(outsider)).andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/{id}/document.docx", planId).with(outsider)).andExpect(status().isNotFound());
		Long draft = this.testData.draftPlan(2052);
		this.mvc.perform(get("/plans/{id}/document.pdf", draft).with(user(this.testData.principal(
				this.testData.agencyUser(participant))))).andExpect(status().isNotFound());
	}

	@Test
	void anyoneDownloadsAPublishedPlanPdfButNeverADraft() throws Exception {
		Long published = this.testData.publishedPlan(2053, List.of(this.testData.agency("Sở Xây dựng")));
		Long draft = this.testData.draftPlan(2053);
		MvcResult result = this.mvc.perform(get("/public/plans/{id}/document.pdf", published))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn();
		assertThat(RenderedDocuments.pdfText(result.getResponse().getContentAsByteArray()))
			.contains("Độc lập - Tự do - Hạnh phúc");
		this.mvc.perform(get("/public/plans/{id}/document.pdf", draft)).andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/{id}/document.pdf", published)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void planPageAndPublicPageLinkToTheDownloads() throws Exception {
		Long published = this.testData.publishedPlan(2054, List.of(this.testData.agency("Sở Nội vụ")));
		this.mvc.perform(get("/plans/{id}", published).with(user(this.testData.principal(this.testData.office()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/plans/" + published + "/document.pdf")))
			.andExpect(content().string(containsString("/plans/" + published + "/document.docx")));
		this.mvc.perform(get("/public/plans/{id}", published))
			.andExpect(content().string(containsString("/public/plans/" + published + "/document.pdf")));
	}

	@Test
	void downloadRunsTheSameNumberOfStatementsWhateverTheNumberOfTaskGroups() throws Exception {
		Long small = this.testData.draftPlan(PlanFixtures.content(2055, 2));
		Long large = this.testData.draftPlan(PlanFixtures.content(2056, 12));
		var office = user(this.testData.principal(this.testData.office()));
		this.sql.reset();
		this.mvc.perform(get("/plans/{id}/document.docx", small).with(office)).andExpect(status().isOk());
		long forSmall = this.sql.count();
		this.sql.reset();
		this.mvc.perform(get("/plans/{id}/document.docx", large).with(office)).andExpect(status().isOk());
		long forLarge = this.sql.count();
		System.out.println("SQL statements for a plan document download: " + forSmall + " (2 groups), " + forLarge
				+ " (12 groups)");
		assertThat(forLarge).isEqualTo(forSmall).isLessThanOrEqualTo(6);
	}

}
