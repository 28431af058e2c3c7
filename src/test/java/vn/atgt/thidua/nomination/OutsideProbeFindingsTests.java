package vn.atgt.thidua.nomination;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the outside probe of issue 15 found, each class tested: a decision of another century (it froze every prize
 * at "unknown"), a NUL character in two fields (a 400 page instead of a message), the same public comment sent
 * several times at once (several rows), and ten comments at once beating the hourly limit.
 */
@IntegrationTest
class OutsideProbeFindingsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DisclosureService disclosures;

	@Test
	void aDecisionOfAnotherCenturyIsRefusedNextToItsDate() throws Exception {
		Dossiers mother = Dossiers.in(this.context);
		Agency agency = this.testData.agency("Công an tỉnh");
		UserAccount office = this.testData.office();
		Long plan = this.testData.publishedPlan(2040 + (int) (Math.random() * 50), List.of(agency));
		Long submission = mother.consolidated(plan, this.testData.agencyUser(agency).toCurrentUser(), "Phòng CSGT",
				office.toCurrentUser());
		Long nominee = this.jdbc.queryForObject("""
				select min(n.id) from nominee n join dossier d on d.id = n.dossier_id where d.submission_id = ?""",
				Long.class, submission);
		this.mvc.perform(post("/nominations/submissions/{id}/decision", submission).param("version", "0")
				.param("number", "12/QĐ-UBND").param("date", "01/01/1900").param("signer", "Chủ tịch")
				.param("pass_" + nominee, "true").with(csrf())
				.with(SecurityMockMvcRequestPostProcessors.user(this.testData.principal(office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("năm từ 2000 đến 2100")));
		assertThat(this.jdbc.queryForObject("select decision_number from consolidated_submission where id = ?",
				String.class, submission)).isNull();
	}

	@Test
	void aNulCharacterInAReportFormCodeOrATriageNoteIsAMessageNotA400Page() throws Exception {
		UserAccount office = this.testData.office();
		Long form = this.jdbc.queryForObject("select min(id) from report_form", Long.class);
		long version = this.jdbc.queryForObject("select version from report_form where id = ?", Long.class, form);
		this.mvc.perform(post("/nominations/report-forms/{id}", form).param("version", String.valueOf(version))
				.param("formCode", "Mẫu\0số 02").with(csrf())
				.with(SecurityMockMvcRequestPostProcessors.user(this.testData.principal(office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"formCode-")));
		assertThat(this.jdbc.queryForObject("select form_code from report_form where id = ?", String.class, form))
			.doesNotContain("\0");
		Dossiers mother = Dossiers.in(this.context);
		Agency agency = this.testData.agency("Công an tỉnh");
		Long plan = this.testData.publishedPlan(2040 + (int) (Math.random() * 50), List.of(agency));
		mother.appraised(plan, this.testData.agencyUser(agency).toCurrentUser(), "Phòng CSGT", office.toCurrentUser());
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		Long id = this.disclosures.open(plan, today, today.plusDays(3), office.toCurrentUser());
		Long comment = this.disclosures.comment(id, null, "Ý kiến", "0912", "10.6.6.6");
		this.mvc.perform(post("/nominations/disclosures/{id}/comments/{c}/triage", id, comment).param("triage", "NOTED")
				.param("note", "A\0B").with(csrf())
				.with(SecurityMockMvcRequestPostProcessors.user(this.testData.principal(office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"triage-error-" + comment + "\"")));
		assertThat(this.jdbc.queryForObject("select triage from disclosure_comment where id = ?", String.class, comment))
			.isNull();
	}

	@Test
	void theSameCommentSentAtOnceIsKeptOnceAndTenAtOnceStopAtTheHourlyLimit() throws Exception {
		Dossiers mother = Dossiers.in(this.context);
		Agency agency = this.testData.agency("Công an tỉnh");
		CurrentUser office = this.testData.office().toCurrentUser();
		Long plan = this.testData.publishedPlan(2040 + (int) (Math.random() * 50), List.of(agency));
		mother.appraised(plan, this.testData.agencyUser(agency).toCurrentUser(), "Phòng CSGT", office);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		Long id = this.disclosures.open(plan, today, today.plusDays(3), office);
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Callable<Long>> same = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				same.add(() -> this.disclosures.comment(id, null, "Cùng một ý kiến", "0912", "10.7.7.7"));
			}
			for (Future<Long> f : pool.invokeAll(same)) {
				f.get();
			}
			assertThat(count(id, "10.7.7.7")).isEqualTo(1);
			List<Callable<Boolean>> ten = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				String body = "Ý kiến " + i;
				ten.add(() -> {
					try {
						this.disclosures.comment(id, null, body, "0913", "10.8.8.8");
						return true;
					}
					catch (NomineeRefusedException refused) {
						return false;
					}
				});
			}
			long accepted = 0;
			for (Future<Boolean> f : pool.invokeAll(ten)) {
				accepted += f.get() ? 1 : 0;
			}
			assertThat(accepted).isEqualTo(DisclosureService.COMMENTS_PER_HOUR);
			assertThat(count(id, "10.8.8.8")).isEqualTo(DisclosureService.COMMENTS_PER_HOUR);
		}
		finally {
			pool.shutdown();
		}
	}

	private long count(Long disclosure, String address) {
		return this.jdbc.queryForObject("select count(*) from disclosure_comment where disclosure_id = ? and address_hash = ?",
				Long.class, disclosure, DisclosureService.hash(address));
	}

}
