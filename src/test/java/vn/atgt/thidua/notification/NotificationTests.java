package vn.atgt.thidua.notification;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.agency.AgencyRepository;
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
class NotificationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SqlStatementCounter sql;

	private Agency agencyWithMail(String name) {
		Agency agency = this.testData.agency(name);
		agency.contactAt("vanthu-" + UUID.randomUUID().toString().substring(0, 8) + "@langson.gov.vn");
		return this.agencies.save(agency);
	}

	@Test
	void publishingAPlanNotifiesEachParticipantAndQueuesItsMail() throws Exception {
		Agency agency = agencyWithMail("Sở Giáo dục và Đào tạo");
		Long planId = this.testData.publishedPlan(2042, List.of(agency));
		var staff = user(this.testData.principal(this.testData.agencyUser(agency)));

		this.mvc.perform(get("/notifications/badge").with(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString(">1<")));
		this.mvc.perform(get("/notifications").with(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("đã được ban hành")));
		List<String> subjects = this.jdbc.queryForList(
				"select subject from outbox_email where recipient = ? and status = 'PENDING'", String.class,
				agency.getContactEmail());
		assertThat(subjects).singleElement().asString().startsWith("[Ban ATGT tỉnh Lạng Sơn] Kế hoạch")
			.contains("/KH-BATGT");
		assertThat(this.jdbc.queryForObject("select body from outbox_email where recipient = ?", String.class,
				agency.getContactEmail())).contains("/plans/" + planId);
	}

	@Test
	void openingANotificationMarksItReadAndFollowsItsLink() throws Exception {
		Agency agency = this.testData.agency("Sở Công Thương");
		Long id = this.notifications.notifyAgency(agency.getId(), "notification.plan.published",
				List.of("1/KH-BATGT", "Thử"), "/plans/1");
		var staff = user(this.testData.principal(this.testData.agencyUser(agency)));
		this.mvc.perform(post("/notifications/{id}/open", id).with(staff).with(csrf()))
			.andExpect(redirectedUrl("/plans/1"));
		this.mvc.perform(get("/notifications/badge").with(staff)).andExpect(content().string(containsString(">0<")));
	}

	@Test
	void aNotificationOfAnotherAgencyIsNotFound() throws Exception {
		Agency owner = this.testData.agency("Sở Du lịch");
		Long id = this.notifications.notifyAgency(owner.getId(), "notification.plan.published", List.of("1", "x"), null);
		var stranger = user(this.testData.principal(this.testData.agencyUser(this.testData.agency("Sở Ngoại vụ"))));
		this.mvc.perform(post("/notifications/{id}/open", id).with(stranger).with(csrf()))
			.andExpect(status().isNotFound());
		var reviewer = user(this.testData.principal(this.testData.reviewer(owner.getId())));
		this.mvc.perform(post("/notifications/{id}/open", id).with(reviewer).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void officeAndUserNotificationsReachTheirReaders() throws Exception {
		var officeAccount = this.testData.office();
		this.notifications.notifyOffice("notification.plan.published", List.of("9/KH-BATGT", "Văn phòng"), null);
		this.notifications.notifyUser(officeAccount.getId(), "notification.plan.published",
				List.of("10/KH-BATGT", "Riêng tôi"), null);
		this.mvc.perform(get("/notifications").with(user(this.testData.principal(officeAccount))))
			.andExpect(content().string(containsString("Văn phòng")))
			.andExpect(content().string(containsString("Riêng tôi")));
		this.mvc.perform(post("/notifications/read-all").with(csrf()).with(user(this.testData.principal(officeAccount))))
			.andExpect(redirectedUrl("/notifications"));
		this.mvc.perform(get("/notifications/badge").with(user(this.testData.principal(officeAccount))))
			.andExpect(content().string(containsString(">0<")));
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_email where recipient = ?", Long.class,
				officeAccount.getEmail())).isGreaterThanOrEqualTo(2);
	}

	@Test
	void nothingIsNotifiedOrMailedWhenTheCallersWorkRollsBack() {
		Agency agency = agencyWithMail("Sở Khoa học");
		this.transactions.executeWithoutResult(status -> {
			this.notifications.notifyAgency(agency.getId(), "notification.plan.published", List.of("1", "x"), null);
			status.setRollbackOnly();
		});
		assertThat(this.jdbc.queryForObject("select count(*) from notification where recipient_agency_id = ?",
				Long.class, agency.getId())).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_email where recipient = ?", Long.class,
				agency.getContactEmail())).isZero();
	}

	@Test
	void theNotificationListRunsTheSameStatementsWhateverItsLength() throws Exception {
		Agency agency = this.testData.agency("Sở Văn hóa");
		var staff = user(this.testData.principal(this.testData.agencyUser(agency)));
		for (int i = 0; i < 25; i++) {
			this.notifications.notifyAgency(agency.getId(), "notification.plan.published", List.of("" + i, "x"), null);
		}
		this.sql.reset();
		this.mvc.perform(get("/notifications").with(staff)).andExpect(status().isOk());
		long one = this.sql.count();
		for (int i = 0; i < 60; i++) {
			this.notifications.notifyAgency(agency.getId(), "notification.plan.published", List.of("" + i, "x"), null);
		}
		this.sql.reset();
		this.mvc.perform(get("/notifications").with(staff)).andExpect(status().isOk());
		assertThat(this.sql.count()).isEqualTo(one).isLessThanOrEqualTo(4);
	}

	@Test
	void anInternalLinkIsRequired() {
		Agency agency = this.testData.agency("Sở Nông nghiệp");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.notifications.notifyAgency(agency.getId(),
				"notification.plan.published", List.of("1", "x"), "https://evil.example/")).isInstanceOf(
						IllegalArgumentException.class);
	}

}
