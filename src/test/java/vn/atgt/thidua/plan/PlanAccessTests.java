package vn.atgt.thidua.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.SqlStatementCounter;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PlanAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	SqlStatementCounter sql;

	@Test
	void agencyUserSeesPublishedPlanOfTheirAgency() throws Exception {
		Agency agency = this.testData.agency("Sở Y tế");
		Long planId = this.testData.publishedPlan(2030, List.of(agency));
		this.mvc.perform(get("/plans/{id}", planId).with(user(this.testData.principal(this.testData.agencyUser(agency)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nội dung nhóm nhiệm vụ trọng tâm số 8 năm 2030")));
	}

	@Test
	void agencyUserOfAnotherAgencyGetsNotFound() throws Exception {
		Agency participant = this.testData.agency("Sở Tư pháp");
		Agency other = this.testData.agency("Sở Công Thương");
		Long planId = this.testData.publishedPlan(2031, List.of(participant));
		this.mvc.perform(get("/plans/{id}", planId).with(user(this.testData.principal(this.testData.agencyUser(other)))))
			.andExpect(status().isNotFound());
	}

	@Test
	void agencyUserCannotOpenEditPage() throws Exception {
		Agency agency = this.testData.agency("Sở Nội vụ");
		Long planId = this.testData.publishedPlan(2032, List.of(agency));
		this.mvc.perform(get("/plans/{id}/edit", planId).with(user(this.testData.principal(this.testData.agencyUser(agency)))))
			.andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorReadsPublicPageButNotDraft() throws Exception {
		Long published = this.testData.publishedPlan(2033, List.of(this.testData.agency("Sở Xây dựng")));
		Long draft = this.testData.draftPlan(2033);
		this.mvc.perform(get("/public/plans/{id}", published)).andExpect(status().isOk())
			.andExpect(content().string(containsString("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
		this.mvc.perform(get("/public/plans/{id}", draft)).andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/{id}", published)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		Long draft = this.testData.draftPlan(2034);
		this.mvc.perform(post("/plans/{id}/close", draft).param("version", "0")
				.with(user(this.testData.principal(this.testData.office()))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/plans/{id}/close", draft).param("version", "0").with(csrf())
				.with(user(this.testData.principal(this.testData.office()))))
			.andExpect(status().isConflict());
	}

	@Test
	void planPageRunsAFixedNumberOfStatements() throws Exception {
		Long planId = this.testData.publishedPlan(2035, List.of(this.testData.agency("Công an tỉnh")));
		var office = user(this.testData.principal(this.testData.office()));
		this.sql.reset();
		this.mvc.perform(get("/plans/{id}", planId).with(office)).andExpect(status().isOk());
		long statements = this.sql.count();
		System.out.println("SQL statements for the plan page: " + statements);
		assertThat(statements).isLessThanOrEqualTo(6);
	}

}
