package vn.atgt.thidua.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.agency.Agency;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A plan's own reminder schedule: set by the office on its page, and followed by the reminder job. */
@IntegrationTest
class PlanReminderSettingTests {

	@Autowired
	Reminders reminders;

	@Autowired
	TestSubmissionTracker tracker;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	private long sent(Long planId) {
		return this.jdbc.queryForObject("select count(*) from reminder_sent where plan_id = ? and kind = ?", Long.class,
				planId, TestSubmissionTracker.KIND);
	}

	@Test
	void aPlanSetToFiveDaysIsRemindedFiveDaysBeforeAndNotSeven() throws Exception {
		Agency agency = this.testData.agency("Sở Lịch riêng");
		Long planId = this.testData.publishedPlan(2051, List.of(agency));
		LocalDate due = LocalDate.of(2051, 6, 30);
		this.tracker.track(planId, due, Set.of(agency.getId()));
		var office = user(this.testData.principal(this.testData.office()));
		this.mvc.perform(get("/plans/{p}/reminders", planId).with(office)).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"7, 3, 1\"")));

		this.mvc.perform(post("/plans/{p}/reminders", planId).param("daysBefore", "5").param("overdueEveryDays", "10")
				.with(office).with(csrf())).andExpect(status().is3xxRedirection());

		this.reminders.run(due.minusDays(7));
		assertThat(sent(planId)).isZero();
		this.reminders.run(due.minusDays(5));
		assertThat(sent(planId)).isEqualTo(1);
		this.reminders.run(due.plusDays(7));
		assertThat(sent(planId)).isEqualTo(1);
		this.reminders.run(due.plusDays(10));
		assertThat(sent(planId)).isEqualTo(2);
		assertThat(this.jdbc.queryForList("select action from audit_event where record_type = 'Plan' and record_id = ?",
				String.class, planId)).contains("reminder.planSetting");
		this.mvc.perform(get("/plans/{p}/reminders", planId).with(office))
			.andExpect(content().string(containsString("value=\"5\"")))
			.andExpect(content().string(containsString("value=\"10\"")));
	}

	@Test
	void invalidDaysAreRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
		Agency agency = this.testData.agency("Sở Nhập sai");
		Long planId = this.testData.publishedPlan(2052, List.of(agency));
		var office = user(this.testData.principal(this.testData.office()));
		this.mvc.perform(post("/plans/{p}/reminders", planId).param("daysBefore", "0,abc").param("overdueEveryDays", "7")
				.with(office).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "daysBefore"))
			.andExpect(model().attributeHasNoErrors("plan"))
			.andExpect(content().string(containsString("value=\"0,abc\"")))
			.andExpect(content().string(containsString("Nhập ít nhất một số ngày nguyên từ 1 đến 60")));
		this.mvc.perform(post("/plans/{p}/reminders", planId).param("daysBefore", "3,3").param("overdueEveryDays", "31")
				.with(office).with(csrf()))
			.andExpect(model().attributeHasFieldErrors("form", "daysBefore", "overdueEveryDays"));
		assertThat(this.jdbc.queryForObject("select count(*) from plan_reminder_setting where plan_id = ?", Long.class,
				planId)).isZero();
	}

	@Test
	void anAgencyUserCannotOpenOrPostThePage() throws Exception {
		Agency agency = this.testData.agency("Sở Không được sửa");
		Long planId = this.testData.publishedPlan(2053, List.of(agency));
		var staff = user(this.testData.principal(this.testData.agencyUser(agency)));
		this.mvc.perform(get("/plans/{p}/reminders", planId).with(staff)).andExpect(status().isForbidden());
		this.mvc.perform(post("/plans/{p}/reminders", planId).param("daysBefore", "5").param("overdueEveryDays", "7")
				.with(staff).with(csrf())).andExpect(status().isForbidden());
	}

}
