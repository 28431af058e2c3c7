package vn.atgt.thidua.subplan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.shared.web.Flash;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The follow-up board wired to reminders ("đôn đốc"), the reminder letter and the "subplan" tracker. */
@IntegrationTest
class SubPlanFollowUpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	PlanDirectory plans;

	@Autowired
	SubPlanService subPlans;

	@Autowired
	SubPlanSubmissionTracker tracker;

	@Autowired
	JdbcTemplate jdbc;

	record Fixture(Long planId, Agency submitted, Agency drafting, Agency silent, UserAccount office) {
	}

	Fixture fixture(int year) {
		Agency submitted = this.testData.agency("Sở Giao thông vận tải");
		Agency drafting = this.testData.agency("Sở Xây dựng");
		Agency silent = this.testData.agency("Ban ATGT huyện Lộc Bình");
		Long planId = this.testData.publishedPlan(year, List.of(submitted, drafting, silent));
		Long group = this.plans.facts(planId).taskGroups().get(0).id();
		SubPlanContent content = new SubPlanContent("01/KH-SGTVT", null, "GIÁM ĐỐC", "Lương Văn Nam", null,
				List.of("Mục đích"), List.of(),
				List.of(new SubPlanItem("Tuyên truyền", List.of(group), "Văn phòng", "Quý II")), List.of(), List.of());
		this.subPlans.save(planId, null, content, true, this.testData.agencyUser(submitted).toCurrentUser());
		this.subPlans.save(planId, null, content, false, this.testData.agencyUser(drafting).toCurrentUser());
		return new Fixture(planId, submitted, drafting, silent, this.testData.office());
	}

	int notificationsOf(Agency agency) {
		return this.jdbc.queryForObject("select count(*) from notification where recipient_agency_id = ?",
				Integer.class, agency.getId());
	}

	List<String> messagesOf(Agency agency) {
		return this.jdbc.queryForList("select message_key from notification where recipient_agency_id = ? order by id",
				String.class, agency.getId());
	}

	@Test
	void returningAndAcceptingASubPlanNotifyTheAgency() throws Exception {
		Fixture f = fixture(2065);
		var owner = this.testData.agencyUser(f.submitted()).toCurrentUser();
		SubPlanView before = this.subPlans.own(f.planId(), owner);
		Long id = before.id();
		RequestPostProcessor office = user(this.testData.principal(f.office()));
		this.mvc.perform(post("/plans/{p}/subplans/{s}/return", f.planId(), id)
				.param("version", String.valueOf(before.version()))
				.param("reasons", "Bổ sung đơn vị chủ trì").with(office).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(messagesOf(f.submitted())).endsWith("subplan.notify.returned");
		assertThat(this.jdbc.queryForObject("select args::text from notification where recipient_agency_id = ?"
				+ " order by id desc limit 1", String.class, f.submitted().getId())).contains("Bổ sung đơn vị chủ trì");
		this.mvc.perform(get("/notifications").with(user(this.testData.principal(this.testData.agencyUser(f.submitted())))))
			.andExpect(content().string(containsString("bị trả lại")));
		SubPlanView returned = this.subPlans.own(f.planId(), owner);
		this.subPlans.save(f.planId(), returned.version(), returned.content(), true, owner);
		long version = this.subPlans.own(f.planId(), owner).version();
		this.mvc.perform(post("/plans/{p}/subplans/{s}/accept", f.planId(), id).param("version", String.valueOf(version))
				.with(office).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(messagesOf(f.submitted())).endsWith("subplan.notify.returned", "subplan.notify.accepted");
	}

	@Test
	void subPlansSubmittedMoreThanTenDaysAgoAndNotReviewedAreEscalatedOnTheOfficeStartPage() throws Exception {
		Fixture f = fixture(2066);
		Agency recent = this.testData.agency("Sở Tài chính");
		Long id = this.subPlans.own(f.planId(), this.testData.agencyUser(f.submitted()).toCurrentUser()).id();
		this.jdbc.update("update subplan set submitted_at = now() - interval '11 days' where id = ?", id);
		RequestPostProcessor office = user(this.testData.principal(f.office()));
		this.mvc.perform(get("/").with(office))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dashboard-escalations\"")))
			.andExpect(content().string(containsString("/plans/" + f.planId() + "/subplans/" + id)))
			.andExpect(content().string(containsString(f.submitted().getName())));
		this.jdbc.update("update subplan set submitted_at = now() - interval '9 days' where id = ?", id);
		this.mvc.perform(get("/").with(office))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(f.submitted().getName()))));
		this.mvc.perform(get("/").with(user(this.testData.principal(this.testData.agencyUser(recent)))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("dashboard-escalations"))));
	}

	@Autowired
	vn.atgt.thidua.support.SqlStatementCounter sql;

	@Test
	void reminderLetterAndSubPlanDocumentRunTheSameStatementsWhateverTheNumberOfAgencies() throws Exception {
		Fixture small = fixture(2067);
		List<Agency> many = new java.util.ArrayList<>();
		for (int i = 0; i < 12; i++) {
			many.add(this.testData.agency("Phòng " + i));
		}
		Long large = this.testData.publishedPlan(2068, many);
		RequestPostProcessor office = user(this.testData.principal(small.office()));
		this.sql.reset();
		this.mvc.perform(get("/plans/{p}/board/reminder-letter.docx", small.planId()).with(office))
			.andExpect(status().isOk());
		long forSmall = this.sql.count();
		this.sql.reset();
		this.mvc.perform(get("/plans/{p}/board/reminder-letter.docx", large).with(office)).andExpect(status().isOk());
		long forLarge = this.sql.count();
		Long id = this.subPlans.own(small.planId(), this.testData.agencyUser(small.submitted()).toCurrentUser()).id();
		this.sql.reset();
		this.mvc.perform(get("/plans/{p}/subplans/{s}/document.docx", small.planId(), id).with(office))
			.andExpect(status().isOk());
		long subPlan = this.sql.count();
		System.out.println("SQL statements: reminder letter " + forSmall + " (2 awaited) / " + forLarge
				+ " (12 awaited); sub-plan document " + subPlan);
		assertThat(forLarge).isEqualTo(forSmall);
		// items and assignments are jsonb columns of the one sub-plan row: the count is fixed, whatever their number
		assertThat(subPlan).isLessThanOrEqualTo(13);
	}

	@Test
	void trackerCountsOnlyParticipantsWithoutASubmittedSubPlan() {
		Fixture f = fixture(2063);
		assertThat(this.tracker.agenciesNotSubmitted(f.planId())).containsExactlyInAnyOrder(f.drafting().getId(),
				f.silent().getId());
		assertThat(this.tracker.dueDate(this.plans.facts(f.planId()))).isEqualTo(LocalDate.of(2063, 6, 30));
	}

	@Test
	void officeUrgesTheCheckedAgenciesThatAreStillAwaited() throws Exception {
		Fixture f = fixture(2064);
		RequestPostProcessor office = user(this.testData.principal(f.office()));
		this.mvc.perform(get("/plans/{p}/board", f.planId()).with(office))
			.andExpect(content().string(containsString("name=\"agencyIds\" value=\"" + f.silent().getId() + "\"")))
			.andExpect(content().string(containsString("/plans/" + f.planId() + "/board/urge")));
		int drafting = notificationsOf(f.drafting());
		int silent = notificationsOf(f.silent());
		int submitted = notificationsOf(f.submitted());
		var result = this.mvc.perform(post("/plans/{p}/board/urge", f.planId())
				.param("agencyIds", f.submitted().getId().toString(), f.drafting().getId().toString(),
						f.silent().getId().toString())
				.with(office).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/plans/" + f.planId() + "/board"))
			.andReturn();
		Flash flash = (Flash) result.getFlashMap().get("flash");
		assertThat(flash.key()).isEqualTo("subplan.board.urge.done");
		assertThat(flash.args()).containsExactly(2);
		assertThat(notificationsOf(f.drafting())).isEqualTo(drafting + 1);
		assertThat(notificationsOf(f.silent())).isEqualTo(silent + 1);
		assertThat(notificationsOf(f.submitted())).isEqualTo(submitted);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from reminder_sent where plan_id = ? and kind = 'subplan' and trigger = 'URGED'",
				Integer.class, f.planId())).isEqualTo(2);
		this.mvc.perform(post("/plans/{p}/board/urge", f.planId()).with(office).with(csrf()))
			.andExpect(result2 -> assertThat(((Flash) result2.getFlashMap().get("flash")).key())
				.isEqualTo("subplan.board.urge.none"));
		this.mvc.perform(post("/plans/{p}/board/urge", f.planId()).param("agencyIds", f.silent().getId().toString())
				.with(user(this.testData.principal(this.testData.reviewer(null)))).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void reminderLetterNamesTheAwaitedAgenciesWithDeadlineAndDaysLate() throws Exception {
		int year = 2021 + (int) (Math.random() * 4);
		Fixture f = fixture(year);
		long late = ChronoUnit.DAYS.between(LocalDate.of(year, 6, 30), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
		RequestPostProcessor office = user(this.testData.principal(f.office()));
		byte[] pdf = this.mvc.perform(get("/plans/{p}/board/reminder-letter.pdf", f.planId()).with(office))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		String text = DocumentText.pdf(pdf);
		assertThat(text).contains("V/v đôn đốc gửi kế hoạch thực hiện", "Kính gửi", f.drafting().getName(),
				f.silent().getName(), "30/6/" + year, String.valueOf(late), "Số ngày chậm")
			.doesNotContain(f.submitted().getName());
		byte[] docx = this.mvc.perform(get("/plans/{p}/board/reminder-letter.docx", f.planId()).with(office))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(DocumentText.docx(docx)).contains(f.silent().getName(), String.valueOf(late));
		this.mvc.perform(get("/plans/{p}/board/reminder-letter.pdf", f.planId())
				.with(user(this.testData.principal(this.testData.agencyUser(f.silent())))))
			.andExpect(status().isForbidden());
	}

}
