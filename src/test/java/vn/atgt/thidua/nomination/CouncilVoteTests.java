package vn.atgt.thidua.nomination;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.nomination.web.VoteForm;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.shared.web.Flash;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.SqlStatementCounter;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15 item 4 (rule 12, ADR 0190): the plan's optional council vote and quota kept by the office, the quota at
 * the agency's submission, the council's vote on the office's list counted against all members, its minutes, and a
 * decision that leaves out who the vote did not carry and waits for a vote the plan requires.
 */
@IntegrationTest
class CouncilVoteTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SubmissionService submissions;

	@Autowired
	NominationRulesService rules;

	@Autowired
	SqlStatementCounter sql;

	Dossiers mother;

	UserAccount office;

	@BeforeEach
	void setUp() {
		this.mother = Dossiers.in(this.context);
		this.office = this.testData.office();
	}

	RequestPostProcessor as(UserAccount account) {
		return SecurityMockMvcRequestPostProcessors.user(this.testData.principal(account));
	}

	CurrentUser cu(UserAccount account) {
		return this.testData.currentUser(account);
	}

	static String today() {
		return VnDates.shortDate(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
	}

	ResultActions postAs(UserAccount user, MockHttpServletRequestBuilder request, Map<String, String> params)
			throws Exception {
		params.forEach(request::param);
		return this.mvc.perform(request.with(csrf()).with(as(user)));
	}

	record Plan(Long id, List<Agency> agencies) {
	}

	Plan plan(int agencies) {
		String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
		List<Agency> taking = new java.util.ArrayList<>();
		for (int i = 0; i < agencies; i++) {
			taking.add(this.testData.agency("Cơ quan bỏ phiếu " + i + " " + suffix));
		}
		return new Plan(this.testData.publishedPlan(2040 + (int) (Math.random() * 50), taking), taking);
	}

	/** A submission of {@code plan}: each agency's appraised dossier with a collective and the individual. */
	Long submission(Plan plan) {
		for (int i = 0; i < plan.agencies().size(); i++) {
			this.mother.appraised(plan.id(), cu(this.testData.agencyUser(plan.agencies().get(i))),
					"Đội bỏ phiếu " + i + " " + plan.id(), cu(this.office));
		}
		return this.submissions.consolidate(plan.id(), cu(this.office));
	}

	Long nominee(Long submissionId, String subjectType) {
		return this.jdbc.queryForObject("""
				select min(n.id) from nominee n join dossier d on d.id = n.dossier_id
				where d.submission_id = ? and n.subject_type = ?""", Long.class, submissionId, subjectType);
	}

	List<Long> nominees(Long submissionId) {
		return this.jdbc.queryForList("""
				select n.id from nominee n join dossier d on d.id = n.dossier_id where d.submission_id = ? order by n.id""",
				Long.class, submissionId);
	}

	long version(Long submissionId) {
		return this.jdbc.queryForObject("select version from consolidated_submission where id = ?", Long.class,
				submissionId);
	}

	Map<String, String> vote(Long submissionId, int members, int present, Map<Long, String> votes) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("version", String.valueOf(version(submissionId)));
		params.put("meetingDate", today());
		params.put("membersTotal", String.valueOf(members));
		params.put("membersPresent", String.valueOf(present));
		votes.forEach((id, v) -> params.put("votes[" + id + "]", v));
		return params;
	}

	Map<String, String> decision(Long submissionId) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("version", String.valueOf(version(submissionId)));
		params.put("number", "163/QĐ-UBND");
		params.put("date", today());
		params.put("signer", "Nguyễn Văn Chủ Tịch");
		for (Long id : nominees(submissionId)) {
			params.put("pass_" + id, "true");
		}
		return params;
	}

	@Test
	void officeKeepsThePlansRulesWhileBadInputIsRefusedNextToTheFieldAndOthersAreForbidden() throws Exception {
		Plan plan = plan(1);
		String url = "/nominations/plans/" + plan.id() + "/rules";
		this.mvc.perform(get(url).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Quy định bỏ phiếu Hội đồng và hạn mức đề nghị")))
			.andExpect(content().string(containsString("value=\"80\"")));
		UserAccount agencyUser = this.testData.agencyUser(plan.agencies().get(0));
		this.mvc.perform(get(url).with(as(agencyUser))).andExpect(status().isForbidden());
		postAs(agencyUser, post(url), Map.of("voteRequired", "true", "voteThresholdPercent", "50"))
			.andExpect(status().isForbidden());

		postAs(this.office, post(url), Map.of("version", "0", "voteRequired", "true", "voteThresholdPercent", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"voteThresholdPercent-error\"")))
			.andExpect(content().string(containsString("Tỉ lệ phiếu phải từ 1 đến 100.")))
			.andExpect(content().string(containsString("value=\"0\"")));
		postAs(this.office, post(url), Map.of("version", "0", "voteRequired", "true", "voteThresholdPercent", "tám mươi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"voteThresholdPercent-error\"")));
		postAs(this.office, post(url), Map.of("version", "0", "voteRequired", "true", "voteThresholdPercent", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập tỉ lệ phiếu tối thiểu khi bắt buộc bỏ phiếu.")));
		postAs(this.office, post(url), Map.of("version", "0", "voteThresholdPercent", "80", "quota", "501"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"quota-error\"")))
			.andExpect(content().string(containsString("Hạn mức phải từ 1 đến 500, hoặc để trống.")))
			.andExpect(content().string(containsString("value=\"501\"")));
		assertThat(this.jdbc.queryForObject("select count(*) from nomination_rules where plan_id = ?", Long.class,
				plan.id())).isZero();

		postAs(this.office, post(url), Map.of("version", "0", "voteRequired", "true", "voteThresholdPercent", "75",
				"quota", "3"))
			.andExpect(redirectedUrl(url));
		assertThat(this.rules.rules(plan.id())).extracting(r -> r.voteRequired(), r -> r.thresholdPercent(),
				r -> r.quota()).containsExactly(true, 75, 3);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where action = 'nomination.rules.change' and record_type = 'NominationRules'
				and record_id = (select id from nomination_rules where plan_id = ?)""", Long.class, plan.id()))
			.isEqualTo(1);
		this.mvc.perform(get(url).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"75\"")))
			.andExpect(content().string(containsString("value=\"3\"")));
	}

	@Test
	void theAgencyIsRefusedSubmittingMoreNomineesOfOneAwardFormThanTheQuota() throws Exception {
		Plan plan = plan(1);
		UserAccount agencyUser = this.testData.agencyUser(plan.agencies().get(0));
		Long dossier = this.mother.complete(plan.id(), cu(agencyUser), "Đội hạn mức " + plan.id());
		this.rules.change(plan.id(), 0, false, null, 1, cu(this.office));
		MvcResult refused = postAs(agencyUser, post("/nominations/" + dossier + "/submit"),
				Map.of("version", String.valueOf(this.mother.version(dossier))))
			.andExpect(redirectedUrl("/nominations/" + dossier)).andReturn();
		Flash flash = (Flash) refused.getFlashMap().get("flash");
		assertThat(flash.key()).isEqualTo("nomination.rules.error.quotaExceeded");
		assertThat(flash.args()).containsExactly("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 2, 1);
		assertThat(this.jdbc.queryForObject("select status from dossier where id = ?", String.class, dossier))
			.isEqualTo("DRAFT");

		this.rules.change(plan.id(), this.rules.rules(plan.id()).version(), false, null, 2, cu(this.office));
		postAs(agencyUser, post("/nominations/" + dossier + "/submit"),
				Map.of("version", String.valueOf(this.mother.version(dossier))))
			.andExpect(redirectedUrl("/nominations/" + dossier));
		assertThat(this.jdbc.queryForObject("select status from dossier where id = ?", String.class, dossier))
			.isEqualTo("SUBMITTED");
	}

	@Test
	void badVoteFiguresAreRefusedNextToTheirFieldsKeepingWhatWasTyped() throws Exception {
		Long id = submission(plan(1));
		Long collective = nominee(id, "COLLECTIVE");
		Long individual = nominee(id, "INDIVIDUAL");
		String url = "/nominations/submissions/" + id + "/vote";
		this.mvc.perform(get("/nominations/submissions/{id}", id).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"vote-form\"")))
			.andExpect(content().string(containsString("name=\"votes[" + collective + "]\"")));
		MvcResult result = postAs(this.office, post(url),
				vote(id, 11, 12, Map.of(collective, "13", individual, "-1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số có mặt không được lớn hơn tổng số thành viên.")))
			.andExpect(content().string(containsString("id=\"membersPresent-error\"")))
			.andExpect(content().string(containsString("id=\"votes" + collective + "\"")))
			.andExpect(content().string(containsString("Số phiếu không được lớn hơn số thành viên có mặt.")))
			.andExpect(content().string(containsString("Số phiếu không được âm.")))
			.andExpect(content().string(containsString("value=\"13\"")))
			.andExpect(content().string(containsString("value=\"-1\"")))
			.andReturn();
		VoteForm typed = (VoteForm) result.getModelAndView().getModel().get("voteForm");
		assertThat(typed.getMembersTotal()).isEqualTo(11);
		assertThat(typed.getVotes()).containsEntry(collective, 13).containsEntry(individual, -1);
		postAs(this.office, post(url), Map.of("version", String.valueOf(version(id)), "membersTotal", "0",
				"membersPresent", "", "votes[" + collective + "]", "tám"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập ngày họp.")))
			.andExpect(content().string(containsString("Tổng số thành viên phải từ 1 đến 1000.")))
			.andExpect(content().string(containsString("Nhập số thành viên có mặt (không âm).")))
			.andExpect(content().string(containsString("Nhập số phiếu đồng ý.")))
			.andExpect(content().string(containsString("id=\"votes[" + collective + "]-error\"")));
		assertThat(this.jdbc.queryForObject("select count(*) from council_vote where submission_id = ?", Long.class, id))
			.isZero();
		UserAccount agencyUser = this.testData.agencyUser(this.testData.agency("Cơ quan khác " + id));
		postAs(agencyUser, post(url), vote(id, 11, 9, Map.of(collective, "9", individual, "8")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aNomineeBelowTheThresholdOfAllMembersIsLeftOutOfTheDecisionAndTheMinutesSayWhy() throws Exception {
		Long id = submission(plan(1));
		Long collective = nominee(id, "COLLECTIVE");
		Long individual = nominee(id, "INDIVIDUAL");
		// 11 members, 9 present: 9 votes is 81.8 %, 8 votes 72.7 % (below 80 % although 8 of the 9 present voted for)
		postAs(this.office, post("/nominations/submissions/" + id + "/vote"),
				vote(id, 11, 9, Map.of(collective, "9", individual, "8")))
			.andExpect(redirectedUrl("/nominations/submissions/" + id));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'nomination.vote.record'"
				+ " and record_id = ?", Long.class, id)).isEqualTo(1);
		this.mvc.perform(get("/nominations/submissions/{id}", id).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("81,8%")))
			.andExpect(content().string(containsString("72,7%")))
			.andExpect(content().string(containsString("Không đạt tỉ lệ phiếu")))
			.andExpect(content().string(not(containsString("id=\"vote-form\""))))
			.andExpect(content().string(containsString("name=\"pass_" + collective + "\"")))
			.andExpect(content().string(not(containsString("name=\"pass_" + individual + "\""))))
			.andExpect(content().string(containsString("id=\"minutes-pdf\"")));
		// a second vote is refused
		postAs(this.office, post("/nominations/submissions/" + id + "/vote"),
				vote(id, 11, 9, Map.of(collective, "9", individual, "9")))
			.andExpect(status().isConflict());

		byte[] minutes = this.mvc.perform(get("/nominations/submissions/{id}/minutes.pdf", id).with(as(this.office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(minutes)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("BIÊN BẢN").contains("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG")
				.contains("Tổng số thành viên Hội đồng: 11; số thành viên có mặt: 9.")
				.contains("từ 80% trở lên, tính trên tổng số thành viên Hội đồng")
				.contains(Dossiers.INDIVIDUAL).contains("81,8%").contains("72,7%").contains("Không đạt");
		}
		this.mvc.perform(get("/nominations/submissions/{id}/minutes.docx", id).with(as(this.office)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/nominations/submissions/{id}/minutes.pdf", id)
			.with(as(this.testData.agencyUser(this.testData.agency("Cơ quan xem " + id))))).andExpect(status().isForbidden());
		byte[] draft = this.mvc.perform(get("/nominations/submissions/{id}/decision.pdf", id).with(as(this.office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(draft)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("Khen thưởng 1 tập thể, cá nhân").doesNotContain(Dossiers.INDIVIDUAL);
		}

		// the form sends "awarded" for both: the one the vote did not carry is not awarded, with the vote as reason
		postAs(this.office, post("/nominations/submissions/" + id + "/decision"), decision(id))
			.andExpect(redirectedUrl("/nominations/submissions/" + id));
		assertThat(this.jdbc.queryForObject("select status from nominee where id = ?", String.class, collective))
			.isEqualTo("AWARDED");
		assertThat(this.jdbc.queryForObject("select status from nominee where id = ?", String.class, individual))
			.isEqualTo("NOT_AWARDED");
		assertThat(this.jdbc.queryForObject("select decision_reason from nominee where id = ?", String.class, individual))
			.contains("8/11 thành viên (72,7%)").contains("từ 80% trở lên");
	}

	@Test
	void theDecisionWaitsForTheVoteWhenThePlanRequiresOne() throws Exception {
		Plan plan = plan(1);
		Long id = submission(plan);
		this.rules.change(plan.id(), 0, true, 80, null, cu(this.office));
		this.mvc.perform(get("/nominations/submissions/{id}", id).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"decision-waits\"")));
		MvcResult refused = postAs(this.office, post("/nominations/submissions/" + id + "/decision"), decision(id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kế hoạch này yêu cầu Hội đồng bỏ phiếu: ghi kết quả bỏ phiếu")))
			.andReturn();
		var typed = (vn.atgt.thidua.nomination.web.DecisionForm) refused.getModelAndView().getModel().get("decisionForm");
		assertThat(typed.getNumber()).isEqualTo("163/QĐ-UBND");
		assertThat(typed.getSigner()).isEqualTo("Nguyễn Văn Chủ Tịch");
		assertThat(this.jdbc.queryForObject("select decided_at is null from consolidated_submission where id = ?",
				Boolean.class, id)).isTrue();

		Long collective = nominee(id, "COLLECTIVE");
		Long individual = nominee(id, "INDIVIDUAL");
		postAs(this.office, post("/nominations/submissions/" + id + "/vote"),
				vote(id, 5, 5, Map.of(collective, "4", individual, "5")))
			.andExpect(redirectedUrl("/nominations/submissions/" + id));
		postAs(this.office, post("/nominations/submissions/" + id + "/decision"), decision(id))
			.andExpect(redirectedUrl("/nominations/submissions/" + id));
		assertThat(this.jdbc.queryForList("""
				select n.status from nominee n join dossier d on d.id = n.dossier_id where d.submission_id = ?""",
				String.class, id)).containsOnly("AWARDED");
	}

	@Test
	void theSubmissionPageWithAVoteRunsAsManyStatementsForOneAgencyAsForFour() throws Exception {
		Long one = submission(plan(1));
		Long four = submission(plan(4));
		for (Long id : List.of(one, four)) {
			Map<Long, String> votes = new LinkedHashMap<>();
			nominees(id).forEach(n -> votes.put(n, "7"));
			postAs(this.office, post("/nominations/submissions/" + id + "/vote"), vote(id, 9, 8, votes))
				.andExpect(redirectedUrl("/nominations/submissions/" + id));
		}
		this.sql.reset();
		this.mvc.perform(get("/nominations/submissions/{id}", one).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("77,8%")));
		long atOne = this.sql.count();
		this.sql.reset();
		this.mvc.perform(get("/nominations/submissions/{id}", four).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("77,8%")));
		long atFour = this.sql.count();
		assertThat(atFour).as(String.join("\n", this.sql.statements())).isEqualTo(atOne);
	}

}
