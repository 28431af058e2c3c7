package vn.atgt.thidua.subplan;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The side effects of one full sub-plan journey, now that they follow domain events after commit: every audit row
 * and every notification the hand-written calls produced is still there (same actions, same actor, same order),
 * every event publication completed, and a transition that failed left neither.
 */
@IntegrationTest
class SubPlanSideEffectsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	PlanDirectory plans;

	@Autowired
	SubPlanRepository subPlans;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneJourneyWritesEveryAuditRowAndNotificationOnceAndCompletesEveryPublication() throws Exception {
		Agency agency = this.testData.agency("Sở Xây dựng (sự kiện)");
		Long planId = this.testData.publishedPlan(2043, List.of(agency));
		Long group = this.plans.facts(planId).taskGroups().get(0).id();
		UserAccount agencyAccount = this.testData.agencyUser(agency);
		UserAccount officeAccount = this.testData.office();
		RequestPostProcessor agencyUser = user(this.testData.principal(agencyAccount));
		RequestPostProcessor office = user(this.testData.principal(officeAccount));
		long openPublicationsBefore = openPublications();

		this.mvc.perform(SubPlanWorkflowTests.form(planId, null, "Tuyên truyền", group).param("action", "submit")
				.with(agencyUser).with(csrf())).andExpect(status().is3xxRedirection());
		Long id = this.subPlans.findByPlanIdAndAgencyId(planId, agency.getId()).orElseThrow().getId();
		this.mvc.perform(post("/plans/{p}/subplans/{s}/return", planId, id).param("version", "1")
				.param("reasons", "Bổ sung đơn vị chủ trì.").with(office).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(SubPlanWorkflowTests.form(planId, 2L, "Tuyên truyền và kiểm tra", group)
				.param("action", "submit").with(agencyUser).with(csrf())).andExpect(status().is3xxRedirection());
		// a stale version: refused with the conflict page, so neither an audit row nor a notification may follow
		this.mvc.perform(post("/plans/{p}/subplans/{s}/accept", planId, id).param("version", "1").with(office)
				.with(csrf())).andExpect(status().isConflict());
		this.mvc.perform(post("/plans/{p}/subplans/{s}/accept", planId, id).param("version", "3").with(office)
				.with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.sql("""
				select action || ' ' || coalesce(actor_id, 0) || ' ' || coalesce(address, '-') from audit_event
				where record_type = 'SubPlan' and record_id = ? order by id
				""").param(id).query(String.class).list()).containsExactly(
				"subplan.create " + agencyAccount.getId() + " 127.0.0.1",
				"subplan.submit " + agencyAccount.getId() + " 127.0.0.1",
				"subplan.return " + officeAccount.getId() + " 127.0.0.1",
				"subplan.edit " + agencyAccount.getId() + " 127.0.0.1",
				"subplan.submit " + agencyAccount.getId() + " 127.0.0.1",
				"subplan.accept " + officeAccount.getId() + " 127.0.0.1");
		assertThat(this.jdbc.sql("select summary from audit_event where record_type = 'SubPlan' and record_id = ? "
				+ "and action = 'subplan.submit' order by id").param(id).query(String.class).list())
			.containsExactly("v1 (on time)", "v2 (on time)");
		assertThat(this.jdbc.sql("select message_key from notification where recipient_agency_id = ? and message_key like 'subplan.%' order by id")
			.param(agency.getId()).query(String.class).list())
			.containsExactly("subplan.notify.returned", "subplan.notify.accepted");
		// the office's bell: each submission (the first and the one after the return), leading to the sub-plan
		assertThat(this.jdbc.sql("select link from notification where recipient_office and message_key = "
				+ "'subplan.notify.submitted' and link = ?").param("/plans/" + planId + "/subplans/" + id)
			.query(String.class).list()).hasSize(2);
		assertThat(openPublications()).as("event publications left incomplete").isEqualTo(openPublicationsBefore);
	}

	private long openPublications() {
		return this.jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class).single();
	}

}
