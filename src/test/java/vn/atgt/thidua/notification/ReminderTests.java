package vn.atgt.thidua.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reminders across a deadline, day by day (the job is run as of each date), against a tracker the test steers. */
@IntegrationTest
class ReminderTests {

	private static final String KIND = TestSubmissionTracker.KIND;

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

	private List<String> sentOn(Long planId, LocalDate date) {
		return this.jdbc.queryForList("""
				select a.name || ':' || r.trigger from reminder_sent r join agency a on a.id = r.agency_id
				where r.plan_id = ? and r.kind = ? and r.sent_at is not null and r.reminder_date = ? order by a.name
				""", String.class, planId, KIND, date);
	}

	private long count(Long planId) {
		return this.jdbc.queryForObject("select count(*) from reminder_sent where plan_id = ? and kind = ?", Long.class,
				planId, KIND);
	}

	@Test
	void remindsOnlyTheAgenciesThatHaveNotSubmittedBeforeAndAfterTheDeadline() {
		Agency late = this.testData.agency("A Sở chậm");
		Agency laterOnTime = this.testData.agency("B Sở gửi sau");
		Agency early = this.testData.agency("C Sở gửi sớm");
		Long planId = this.testData.publishedPlan(2043, List.of(late, laterOnTime, early));
		LocalDate due = LocalDate.of(2043, 6, 30);
		this.tracker.track(planId, due, Set.of(late.getId(), laterOnTime.getId()));

		this.reminders.run(due.minusDays(10));
		assertThat(count(planId)).isZero();
		this.reminders.run(due.minusDays(7));
		assertThat(sentOn(planId, due.minusDays(7))).containsExactly(late.getName() + ":BEFORE",
				laterOnTime.getName() + ":BEFORE");
		this.reminders.run(due.minusDays(5));
		this.reminders.run(due.minusDays(3));
		assertThat(sentOn(planId, due.minusDays(3))).hasSize(2);
		this.tracker.submitted(planId, laterOnTime.getId());
		this.reminders.run(due.minusDays(1));
		assertThat(sentOn(planId, due.minusDays(1))).containsExactly(late.getName() + ":BEFORE");
		this.reminders.run(due);
		this.reminders.run(due.plusDays(6));
		assertThat(count(planId)).isEqualTo(5);
		this.reminders.run(due.plusDays(7));
		assertThat(sentOn(planId, due.plusDays(7))).containsExactly(late.getName() + ":OVERDUE");
		this.reminders.run(due.plusDays(13));
		this.reminders.run(due.plusDays(16));
		assertThat(sentOn(planId, due.plusDays(14))).containsExactly(late.getName() + ":OVERDUE");
		assertThat(count(planId)).isEqualTo(7);
	}

	@Test
	void theReminderReachesTheAgencysNotificationsAndHistory() throws Exception {
		Agency agency = this.testData.agency("Sở Giao thông");
		Long planId = this.testData.publishedPlan(2044, List.of(agency));
		LocalDate due = LocalDate.of(2044, 6, 30);
		this.tracker.track(planId, due, Set.of(agency.getId()));
		this.reminders.run(due.minusDays(3));
		this.mvc.perform(get("/notifications").with(user(this.testData.principal(this.testData.agencyUser(agency)))))
			.andExpect(content().string(containsString("cần gửi trước ngày 30/6/2044 (còn 3 ngày)")));
		assertThat(this.jdbc.queryForList("select action from audit_event where record_type = 'Agency' and record_id = ?"
				+ " and summary like ?", String.class, agency.getId(), KIND + " %")).containsExactly("reminder.before");
		this.mvc.perform(get("/audit").param("agencyId", agency.getId().toString())
				.with(user(this.testData.principal(this.testData.office()))))
			.andExpect(content().string(containsString("Nhắc hạn trước hạn")));
	}

	@Test
	void runningTwiceOrOnTwoInstancesAtOnceSendsEachReminderOnce() {
		Agency one = this.testData.agency("Sở Một");
		Agency two = this.testData.agency("Sở Hai");
		Long planId = this.testData.publishedPlan(2045, List.of(one, two));
		LocalDate due = LocalDate.of(2045, 6, 30);
		this.tracker.track(planId, due, Set.of(one.getId(), two.getId()));

		CompletableFuture<Reminders.RunResult> a = CompletableFuture.supplyAsync(() -> this.reminders.run(due.minusDays(7)));
		CompletableFuture<Reminders.RunResult> b = CompletableFuture.supplyAsync(() -> this.reminders.run(due.minusDays(7)));
		CompletableFuture.allOf(a, b).join();
		this.reminders.run(due.minusDays(7));
		assertThat(count(planId)).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from notification where recipient_agency_id in (?, ?) and message_key = 'notification.reminder.BEFORE'
				and args::text like '%test-kind%'
				""", Long.class, one.getId(), two.getId())).isEqualTo(2);
	}

	@Test
	void theOfficeUrgesChosenParticipantsAtOnceAndARepeatedClickSendsNothing() {
		Agency participant = this.testData.agency("Sở Được đôn đốc");
		Agency outsider = this.testData.agency("Sở Ngoài kế hoạch");
		Long planId = this.testData.publishedPlan(2046, List.of(participant));
		this.tracker.track(planId, LocalDate.of(2046, 6, 30), Set.of(participant.getId()));
		var office = this.testData.currentUser(this.testData.office());

		assertThat(this.reminders.urge(planId, KIND, Set.of(participant.getId(), outsider.getId()), office)).isEqualTo(1);
		assertThat(this.reminders.urge(planId, KIND, Set.of(participant.getId()), office)).isZero();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from notification where recipient_agency_id = ? and message_key = 'notification.reminder.URGED'
				""", Long.class, participant.getId())).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select sent_by from reminder_sent where plan_id = ?", String.class, planId))
			.isEqualTo(office.displayName());
		var agencyUser = this.testData.currentUser(this.testData.agencyUser(participant));
		assertThatThrownBy(() -> this.reminders.urge(planId, KIND, Set.of(participant.getId()), agencyUser))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theRemindersPageRunsTheJobAsOfADateForTheOfficeOnly() throws Exception {
		Agency agency = this.testData.agency("Sở Chạy tay");
		Long planId = this.testData.publishedPlan(2047, List.of(agency));
		this.tracker.track(planId, LocalDate.of(2047, 6, 30), Set.of(agency.getId()));
		var admin = user(this.testData.principal(this.testData.admin()));
		this.mvc.perform(post("/admin/reminders/run").param("asOf", "2047-06-23").with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(count(planId)).isEqualTo(1);
		this.mvc.perform(get("/admin/reminders").param("planId", planId.toString()).with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString(agency.getName())));
		var staff = user(this.testData.principal(this.testData.agencyUser(agency)));
		this.mvc.perform(get("/admin/reminders").with(staff)).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/reminders/run").with(staff).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/outbox").with(staff)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/outbox").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa cấu hình máy chủ thư")));
	}

}
