package vn.atgt.thidua.hostile;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.nomination.AppraisalService;
import vn.atgt.thidua.nomination.AwardForm;
import vn.atgt.thidua.nomination.AwardFormRepository;
import vn.atgt.thidua.nomination.DossierService;
import vn.atgt.thidua.nomination.NomineeSpec;
import vn.atgt.thidua.nomination.PartKind;
import vn.atgt.thidua.nomination.SubjectType;
import vn.atgt.thidua.nomination.SubmissionService;
import vn.atgt.thidua.nomination.Verdict;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.support.LiveServerTest;
import vn.atgt.thidua.support.TestData;
import vn.atgt.thidua.support.WebClientSession;
import vn.atgt.thidua.support.WebClientSession.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly once under concurrency (issue 16, class 4): twenty identical POSTs released at the same instant by a
 * start gate, over real HTTP from one signed-in session (a user hammering the button), for every create and
 * transition the probe found doubled or failing. One record or transition, one audit row, never a 5xx.
 */
class ExactlyOnceTests extends LiveServerTest {

	static final int REQUESTS = 20;

	static final byte[] PDF = "%PDF-1.4\n% test\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	TestData data;

	@Autowired
	DossierService dossiers;

	@Autowired
	AppraisalService appraisal;

	@Autowired
	SubmissionService submissions;

	@Autowired
	AwardFormRepository awardForms;

	private static int year = 2060;

	private record Setting(Long planId, Agency agency, UserAccount account, WebClientSession session) {
	}

	private static synchronized int nextYear() {
		return year++;
	}

	private Setting agencyInFreshPlan() {
		Agency agency = this.data.agency("Sở Đồng thời");
		Long planId = this.data.publishedPlan(nextYear(), List.of(agency));
		UserAccount account = this.data.agencyUser(agency);
		WebClientSession session = new WebClientSession(this.port);
		session.signIn(account.getUsername(), TestData.PASSWORD);
		return new Setting(planId, agency, account, session);
	}

	@Test
	void theFirstSaveOfASubPlanCreatesOneSubPlan() throws Exception {
		Setting s = agencyInFreshPlan();
		List<Answer> answers = twentyAtOnce(s.session(), "/plans/" + s.planId() + "/subplan",
				List.of(Map.entry("numberSymbol", "15/KH-SDT"), Map.entry("items[0].content", "Tuyên truyền"),
						Map.entry("action", "save")));
		assertNoServerError(answers);
		Long subPlan = id("select id from subplan where plan_id = ? and agency_id = ?", s.planId(), s.agency().getId());
		assertThat(count("select count(*) from subplan where plan_id = ? and agency_id = ?", s.planId(),
				s.agency().getId())).isEqualTo(1);
		assertThat(audits("subplan.create", subPlan)).isEqualTo(1);
		assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(302, 409));
	}

	@Test
	void aSubPlanIsSubmittedOnce() throws Exception {
		Setting s = agencyInFreshPlan();
		Long group = id("select min(id) from plan_task_group where plan_id = ?", s.planId());
		List<Map.Entry<String, String>> draft = List.of(Map.entry("numberSymbol", "16/KH-SDT"),
				Map.entry("items[0].content", "Tuyên truyền"), Map.entry("items[0].taskGroupIds", String.valueOf(group)));
		assertThat(s.session().post("/plans/" + s.planId() + "/subplan", draft).status()).isEqualTo(302);
		Long subPlan = id("select id from subplan where plan_id = ? and agency_id = ?", s.planId(), s.agency().getId());
		long version = id("select version from subplan where id = ?", subPlan);
		List<Map.Entry<String, String>> submit = new ArrayList<>(draft);
		submit.add(Map.entry("version", String.valueOf(version)));
		submit.add(Map.entry("action", "submit"));
		List<Answer> answers = twentyAtOnce(s.session(), "/plans/" + s.planId() + "/subplan", submit);
		assertNoServerError(answers);
		assertThat(count("select count(*) from subplan_version where subplan_id = ?", subPlan)).isEqualTo(1);
		assertThat(audits("subplan.submit", subPlan)).isEqualTo(1);
		assertThat(answers.stream().filter(a -> a.status() == 302).count()).isEqualTo(1);
	}

	@Test
	void openingADossierTwentyTimesOpensOneAndAnswersItToAll() throws Exception {
		Setting s = agencyInFreshPlan();
		List<Answer> answers = twentyAtOnce(s.session(), "/nominations/new",
				List.of(Map.entry("planId", String.valueOf(s.planId()))));
		assertNoServerError(answers);
		Long dossier = id("select id from dossier where plan_id = ? and agency_id = ?", s.planId(), s.agency().getId());
		assertThat(count("select count(*) from dossier where plan_id = ? and agency_id = ?", s.planId(),
				s.agency().getId())).isEqualTo(1);
		assertThat(audits("nomination.open", dossier)).isEqualTo(1);
		assertThat(answers).allSatisfy(a -> assertThat(a.header("Location")).endsWith("/nominations/" + dossier));
	}

	@Test
	void anAwardIsRevokedOnce() throws Exception {
		AwardFlow.Decided award = AwardFlow.decidedAward(this.data, this.dossiers, this.appraisal, this.submissions,
				this.awardForms, this.jdbc, nextYear());
		Long submission = award.submission();
		Long nominee = award.nominee();
		Long dossier = award.dossier();
		WebClientSession officeSession = signedIn("vanphong");
		List<Answer> answers = twentyAtOnce(officeSession,
				"/nominations/submissions/" + submission + "/nominees/" + nominee + "/revoke",
				List.of(Map.entry("number", "78/QĐ-UBND"), Map.entry("date", "2061-03-01"),
						Map.entry("signer", "Chủ tịch"), Map.entry("reason", "Phát hiện vi phạm")));
		assertNoServerError(answers);
		assertThat(audits("nomination.revoke", dossier)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select status from nominee where id = ?", String.class, nominee))
			.isEqualTo("REVOKED");
	}

	@Test
	void anExemplaryModelFormPostedTwentyTimesCreatesOneModel() throws Exception {
		Setting s = agencyInFreshPlan();
		String token = UUID.randomUUID().toString();
		List<Answer> answers = twentyAtOnce(s.session(), "/models/new",
				List.of(Map.entry("creationToken", token), Map.entry("subject", "Cổng trường an toàn"),
						Map.entry("achievement", "Không có tai nạn"), Map.entry("reason", "Nhân rộng")));
		assertNoServerError(answers);
		Long model = id("select id from exemplary_model where creation_token = ?::uuid", token);
		assertThat(count("select count(*) from exemplary_model where agency_id = ?", s.agency().getId())).isEqualTo(1);
		assertThat(audits("model.record", model)).isEqualTo(1);
		assertThat(answers).allSatisfy(a -> assertThat(a.header("Location")).endsWith("/models/" + model));
	}

	@Test
	void anInspectionFormPostedTwentyTimesCreatesOneInspection() throws Exception {
		Agency agency = this.data.agency("Sở Kiểm tra");
		String token = UUID.randomUUID().toString();
		List<Answer> answers = twentyAtOnce(signedIn("vanphong"), "/inspections/new",
				List.of(Map.entry("creationToken", token), Map.entry("agencyId", String.valueOf(agency.getId())),
						Map.entry("inspectedOn", "2024-09-20"), Map.entry("team", "Đoàn số 9"),
						Map.entry("scope", "Kiểm tra việc thực hiện"), Map.entry("findings", "Đạt")));
		assertNoServerError(answers);
		Long inspection = id("select id from inspection where creation_token = ?::uuid", token);
		assertThat(count("select count(*) from inspection where agency_id = ?", agency.getId())).isEqualTo(1);
		assertThat(audits("inspection.record", inspection)).isEqualTo(1);
		assertThat(answers).allSatisfy(a -> assertThat(a.header("Location")).endsWith("/inspections/" + inspection));
	}

	/** Twenty copies of one POST, all released by one start gate. */
	static List<Answer> twentyAtOnce(WebClientSession session, String path, List<Map.Entry<String, String>> fields)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
		try {
			CountDownLatch ready = new CountDownLatch(REQUESTS);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Answer>> futures = new ArrayList<>();
			for (int i = 0; i < REQUESTS; i++) {
				futures.add(pool.submit(() -> {
					var request = session.postRequest(path, fields);
					ready.countDown();
					start.await();
					return session.send(request);
				}));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			start.countDown();
			List<Answer> answers = new ArrayList<>();
			for (Future<Answer> future : futures) {
				answers.add(future.get(120, TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void assertNoServerError(List<Answer> answers) {
		assertThat(answers).allSatisfy(a -> assertThat(HostileInputTests.problem(a)).isNull());
	}

	private long version(Long dossier) {
		return id("select version from dossier where id = ?", dossier);
	}

	private long count(String sql, Object... args) {
		return id(sql, args);
	}

	private long audits(String action, Long recordId) {
		return id("select count(*) from audit_event where action = ? and record_id = ?", action, recordId);
	}

}
