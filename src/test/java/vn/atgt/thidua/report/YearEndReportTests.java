package vn.atgt.thidua.report;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.agency.AgencyKind;
import vn.atgt.thidua.plan.PlanDirectory;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class YearEndReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	PlanDirectory plans;

	@Autowired
	YearEndReportService reports;

	private Agency police() {
		Agency agency = this.testData.agency("Công an huyện", AgencyKind.POLICE);
		this.jdbc.update("update agency set has_area = true where id = ?", agency.getId());
		return agency;
	}

	private MockHttpServletRequestBuilder reportPost(Long planId, UserAccount as) {
		Long group = this.plans.facts(planId).taskGroups().get(0).id();
		return post("/plans/{id}/report", planId).with(csrf()).with(user(this.testData.principal(as)))
			.param("results[" + group + "]", "Tổ chức 12 buổi tuyên truyền")
			.param("dissemination", "Phát 5.000 tờ rơi").param("strengths", "Chủ động")
			.param("docNumber", "21").param("docIssueDate", "2024-12-10").param("signerTitle", "GIÁM ĐỐC")
			.param("signerName", "Nguyễn Văn An");
	}

	private Long reportId(Long planId, Agency agency) {
		return this.jdbc.queryForObject("select id from year_end_report where plan_id = ? and agency_id = ?",
				Long.class, planId, agency.getId());
	}

	private long version(Long id) {
		return this.jdbc.queryForObject("select version from year_end_report where id = ?", Long.class, id);
	}

	@Test
	void agencySubmitsLateWithFiguresOfficeReturnsThenAccepts() throws Exception {
		Agency agency = police();
		UserAccount staff = this.testData.agencyUser(agency);
		Long planId = this.testData.publishedPlan(2024, List.of(agency));
		this.mvc.perform(get("/plans/{id}/report", planId).with(user(this.testData.principal(staff))))
			.andExpect(status().isOk()).andExpect(content().string(containsString("value=\"15/12/2023\"")));
		this.mvc.perform(reportPost(planId, staff).param("_submit", "1").param("periodStart", "2023-12-15")
				.param("periodEnd", "2024-12-14").param("accidents", "28").param("deaths", "12")
				.param("injuries", "21").param("prevAccidents", "34").param("prevDeaths", "12")
				.param("prevInjuries", "20"))
			.andExpect(redirectedUrlPattern("/reports/*"))
			.andExpect(flash().attributeExists("flash"));
		Long id = reportId(planId, agency);
		assertThat(this.jdbc.queryForObject("select status from year_end_report where id = ?", String.class, id))
			.isEqualTo("SUBMITTED");
		assertThat(this.jdbc.queryForObject("select days_late from year_end_report where id = ?", Integer.class, id))
			.isPositive();
		UserAccount office = this.testData.office();
		this.mvc.perform(get("/reports/{id}", id).with(user(this.testData.principal(office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("giảm 6 vụ (-17,6%)")))
			.andExpect(content().string(containsString("không thay đổi")))
			.andExpect(content().string(containsString("tăng 1 người (+5,0%)")));
		// a return needs its reasons
		this.mvc.perform(post("/reports/{id}/return", id).with(csrf()).with(user(this.testData.principal(office)))
				.param("version", String.valueOf(version(id))).param("reason", " "))
			.andExpect(status().isOk()).andExpect(model().attribute("reasonMissing", "yearReport.validation.reasonRequired"));
		this.mvc.perform(post("/reports/{id}/return", id).with(csrf()).with(user(this.testData.principal(office)))
				.param("version", String.valueOf(version(id))).param("reason", "Bổ sung số liệu nhóm 2"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from notification where recipient_agency_id = ? and message_key = 'yearReport.notify.returned'",
				Long.class, agency.getId())).isEqualTo(1);
		// the agency edits the returned report and resubmits
		this.mvc.perform(get("/plans/{id}/report", planId).with(user(this.testData.principal(staff))))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Bổ sung số liệu nhóm 2")));
		this.mvc.perform(reportPost(planId, staff).param("_submit", "1").param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/reports/{id}/accept", id).with(csrf()).with(user(this.testData.principal(office)))
				.param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select status from year_end_report where id = ?", String.class, id))
			.isEqualTo("ACCEPTED");
		assertThat(this.jdbc.queryForList("select action from audit_event where record_type = 'YearEndReport' "
				+ "and record_id = ? order by id", String.class, id))
			.containsExactly("yearReport.create", "yearReport.submit", "yearReport.return", "yearReport.edit",
					"yearReport.submit", "yearReport.accept");
		// accepted: no more edits, a second accept is a state conflict
		this.mvc.perform(post("/reports/{id}/accept", id).with(csrf()).with(user(this.testData.principal(office)))
				.param("version", String.valueOf(version(id))))
			.andExpect(status().isConflict());
		assertThat(this.reports.agenciesNotSubmitted(planId)).isEmpty();
	}

	@Test
	void staleVersionShowsTheConflictPage() throws Exception {
		Agency agency = this.testData.agency("Sở Tư pháp");
		UserAccount staff = this.testData.agencyUser(agency);
		Long planId = this.testData.publishedPlan(2027, List.of(agency));
		this.mvc.perform(reportPost(planId, staff)).andExpect(status().is3xxRedirection());
		this.mvc.perform(reportPost(planId, staff).param("version", "0")).andExpect(status().is3xxRedirection());
		this.mvc.perform(reportPost(planId, staff).param("version", "0")).andExpect(status().isConflict());
	}

	@Test
	void onTimeSubmissionOfAFuturePlanCountsNoDaysLate() throws Exception {
		Agency agency = this.testData.agency("Sở Tài chính");
		UserAccount staff = this.testData.agencyUser(agency);
		Long planId = this.testData.publishedPlan(2030, List.of(agency));
		assertThat(this.reports.agenciesNotSubmitted(planId)).containsExactly(agency.getId());
		this.mvc.perform(reportPost(planId, staff).param("_submit", "1"))
			.andExpect(flash().attributeExists("flash"));
		assertThat(this.jdbc.queryForObject("select days_late from year_end_report where id = ?", Integer.class,
				reportId(planId, agency))).isZero();
		assertThat(this.reports.agenciesNotSubmitted(planId)).isEmpty();
	}

	@Test
	void recordLevelSecurity() throws Exception {
		Agency owner = this.testData.agency("Sở Nông nghiệp");
		Agency other = this.testData.agency("Sở Lao động");
		Long planId = this.testData.publishedPlan(2028, List.of(owner, other));
		Long lonelyPlan = this.testData.publishedPlan(2028, List.of(owner));
		this.mvc.perform(reportPost(planId, this.testData.agencyUser(owner)).param("_submit", "1"))
			.andExpect(status().is3xxRedirection());
		Long id = reportId(planId, owner);
		UserAccount stranger = this.testData.agencyUser(other);
		this.mvc.perform(get("/reports/{id}", id).with(user(this.testData.principal(stranger))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/{id}/document.pdf", id).with(user(this.testData.principal(stranger))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/{id}/document.docx", id).with(user(this.testData.principal(stranger))))
			.andExpect(status().isNotFound());
		// a plan the agency is not in
		this.mvc.perform(get("/plans/{id}/report", lonelyPlan).with(user(this.testData.principal(stranger))))
			.andExpect(status().isNotFound());
		this.mvc.perform(reportPost(lonelyPlan, stranger)).andExpect(status().isNotFound());
		// a reviewer cannot edit; an agency cannot review
		UserAccount reviewer = this.testData.reviewer(owner.getId());
		this.mvc.perform(reportPost(planId, reviewer)).andExpect(status().isForbidden());
		this.mvc.perform(get("/reports").with(user(this.testData.principal(stranger)))).andExpect(status().isForbidden());
		this.mvc.perform(post("/reports/{id}/accept", id).with(csrf()).with(user(this.testData.principal(stranger)))
				.param("version", "0")).andExpect(status().isForbidden());
		this.mvc.perform(get("/plans/{id}/reports/consolidated.xlsx", planId)
				.with(user(this.testData.principal(stranger)))).andExpect(status().isForbidden());
		// anonymous → login; no CSRF → 403
		this.mvc.perform(get("/reports/{id}", id)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/plans/{id}/report", planId).with(user(this.testData.principal(this.testData.agencyUser(owner))))
				.param("dissemination", "x")).andExpect(status().isForbidden());
		// the owner downloads the documents
		this.mvc.perform(get("/reports/{id}/document.pdf", id).with(user(this.testData.principal(this.testData.agencyUser(owner)))))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
		this.mvc.perform(get("/reports/{id}/document.docx", id).with(user(this.testData.principal(this.testData.office()))))
			.andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("attachment")));
	}

	@Test
	void badFiguresAreRefusedNextToTheFieldAndNothingIsLost() throws Exception {
		Agency agency = police();
		UserAccount staff = this.testData.agencyUser(agency);
		Long planId = this.testData.publishedPlan(2029, List.of(agency));
		this.mvc.perform(reportPost(planId, staff).param("periodStart", "2029-12-14").param("periodEnd", "2028-12-15")
				.param("accidents", "-3").param("deaths", "1").param("injuries", "2").param("prevAccidents", "4")
				.param("prevDeaths", "1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("yearEndReportForm", "accidents", "periodEnd", "prevInjuries"))
			.andExpect(content().string(containsString("Tổ chức 12 buổi tuyên truyền")));
		assertThat(this.jdbc.queryForObject("select count(*) from year_end_report where plan_id = ?", Long.class,
				planId)).isZero();
		// deaths with no accident: saved, with a warning
		this.mvc.perform(reportPost(planId, staff).param("periodStart", "2028-12-15").param("periodEnd", "2029-12-14")
				.param("accidents", "0").param("deaths", "1").param("injuries", "0").param("prevAccidents", "0")
				.param("prevDeaths", "0").param("prevInjuries", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.hasToString(
					containsString("yearReport.flash.deathsWithoutAccident"))));
	}

	@Test
	void aSubCountAboveTheAccidentsIsRefusedAsOnTheProvinceFiguresForm() throws Exception {
		Agency agency = police();
		UserAccount staff = this.testData.agencyUser(agency);
		Long planId = this.testData.publishedPlan(2031, List.of(agency));
		this.mvc.perform(reportPost(planId, staff).param("periodStart", "2030-12-15").param("periodEnd", "2031-12-14")
				.param("accidents", "5").param("deaths", "1").param("injuries", "2").param("prevAccidents", "4")
				.param("prevDeaths", "1").param("prevInjuries", "1").param("especiallySerious", "50"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("yearEndReportForm", "especiallySerious"))
			.andExpect(content().string(containsString("Số vụ này (50) lớn hơn tổng số vụ (5).")))
			.andExpect(content().string(containsString("value=\"50\"")));
		assertThat(this.jdbc.queryForObject("select count(*) from year_end_report where plan_id = ?", Long.class,
				planId)).isZero();
	}

	@Test
	void consolidatedViewStatementCountDoesNotGrowWithAgencies() throws Exception {
		long ten = consolidatedStatements(10);
		long sixty = consolidatedStatements(60);
		System.out.println("Consolidated view statements: 10 agencies = " + ten + ", 60 agencies = " + sixty);
		assertThat(sixty).isEqualTo(ten);
	}

	private long consolidatedStatements(int agencies) throws Exception {
		List<Agency> all = new ArrayList<>();
		for (int i = 0; i < agencies; i++) {
			all.add(this.testData.agency("Cơ quan " + i));
		}
		Long planId = this.testData.publishedPlan(2031, all);
		for (int i = 0; i < agencies - 2; i++) {
			this.mvc.perform(reportPost(planId, this.testData.agencyUser(all.get(i))).param("_submit", "1")
					.param("modelsFound", "Mô hình " + i)).andExpect(status().is3xxRedirection());
		}
		UserAccount office = this.testData.office();
		this.mvc.perform(get("/plans/{id}/reports/consolidated", planId).with(user(this.testData.principal(office))))
			.andExpect(status().isOk());
		this.sql.reset();
		this.mvc.perform(get("/plans/{id}/reports/consolidated", planId).with(user(this.testData.principal(office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tổ chức 12 buổi tuyên truyền")))
			.andExpect(content().string(containsString(all.get(agencies - 1).getName())))
			.andExpect(content().string(containsString("Mô hình 0")));
		long count = this.sql.count();
		this.mvc.perform(get("/plans/{id}/reports/consolidated.xlsx", planId).with(user(this.testData.principal(office))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")));
		return count;
	}

}
