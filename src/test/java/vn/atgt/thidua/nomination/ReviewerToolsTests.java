package vn.atgt.thidua.nomination;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.nomination.web.CriteriaForm;
import vn.atgt.thidua.nomination.web.RecusalForm;
import vn.atgt.thidua.nomination.web.Scores;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.storage.Upload;
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
 * Issue 15.3 through the pages: a reviewer recuses with a reason (refused next to the field when blank, what was typed
 * kept), loses the dossier and is not assigned again; the office keeps the scoring criteria of an award form; the
 * reviewers score each nominee with a private note; the office sees the scores side by side with totals, mean and
 * spread, the agency never a note, a reviewer only their own scores. Each test uses an award form of its own, so the
 * criteria it adds touch no other test's dossiers.
 */
@IntegrationTest
class ReviewerToolsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	AwardFormRepository awardForms;

	@Autowired
	AwardFormService awardFormService;

	Dossiers mother;

	UserAccount agencyUser;

	UserAccount otherUser;

	UserAccount office;

	UserAccount reviewer;

	UserAccount second;

	Long planId;

	Long formId;

	@BeforeEach
	void setUp() {
		this.mother = Dossiers.in(this.context);
		Agency agency = this.testData.agency("Công an tỉnh");
		Agency other = this.testData.agency("Sở Y tế");
		this.agencyUser = this.testData.agencyUser(agency);
		this.otherUser = this.testData.agencyUser(other);
		this.office = this.testData.office();
		this.reviewer = this.testData.reviewer(null);
		this.second = this.testData.reviewer(null);
		this.planId = this.testData.publishedPlan(2040 + (int) (Math.random() * 50), List.of(agency, other));
		String code = "TEST_" + java.util.UUID.randomUUID().toString().substring(0, 8);
		this.formId = this.awardForms.save(new AwardForm(code, "Giấy khen thử " + code, AwardKind.HINH_THUC_KHEN_THUONG,
				true, true, "Chủ tịch")).getId();
	}

	RequestPostProcessor as(UserAccount account) {
		return SecurityMockMvcRequestPostProcessors.user(this.testData.principal(account));
	}

	CurrentUser cu(UserAccount account) {
		return this.testData.currentUser(account);
	}

	String version(Long id) {
		return String.valueOf(this.mother.version(id));
	}

	/** A received dossier of {@code count} collectives proposed for this test's award form, each report confirmed. */
	Long received(int count) {
		CurrentUser agency = cu(this.agencyUser);
		DossierService dossiers = this.mother.dossiers;
		Long id = dossiers.openFor(this.planId, agency);
		for (int i = 1; i <= count; i++) {
			Long n = dossiers.addNominee(id, this.mother.version(id),
					Dossiers.collective("Đội chấm điểm " + i + " " + id, this.formId), agency);
			dossiers.uploadPart(id, this.mother.version(id), PartKind.BAO_CAO_THANH_TICH, n,
					Upload.of("bc" + i + ".pdf", Dossiers.PDF), agency);
			this.mother.confirm(id, n, agency);
		}
		for (PartKind kind : List.of(PartKind.TO_TRINH, PartKind.DANH_SACH, PartKind.BIEN_BAN_HOP_HDTDKT)) {
			dossiers.uploadPart(id, this.mother.version(id), kind, null, Upload.of(kind + ".pdf", Dossiers.PDF), agency);
		}
		dossiers.submit(id, this.mother.version(id), agency);
		this.mother.appraisal.receive(id, this.mother.version(id), cu(this.office));
		return id;
	}

	void assign(Long id, UserAccount account) {
		this.mother.appraisal.assignReviewer(id, this.mother.version(id), account.getId(), cu(this.office));
	}

	/** Two criteria: "Thành tích" weight 2 of 10, "Sáng kiến" weight 1 of 5. */
	List<Long> criteria() {
		this.awardFormService.saveCriteria(this.formId, this.awardForms.findById(this.formId).orElseThrow().getVersion(),
				List.of(new CriterionSpec(null, "Thanh tich", new BigDecimal("2"), new BigDecimal("10"), 1),
						new CriterionSpec(null, "Sang kien", new BigDecimal("1"), new BigDecimal("5"), 2)),
				cu(this.office));
		return this.jdbc.queryForList("select id from award_criterion where award_form_id = ? order by position",
				Long.class, this.formId);
	}

	MockHttpServletRequestBuilder opinions(Long id, Map<String, String> fields) {
		MockHttpServletRequestBuilder post = post("/nominations/{id}/opinions", id).param("version", version(id));
		fields.forEach(post::param);
		return post.with(csrf());
	}

	/** Every nominee passes, scored {@code first} and {@code second} on the two criteria, with a note. */
	Map<String, String> scored(Long id, List<Long> criteria, String first, String second, String note) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		for (Long n : this.mother.nominees(id)) {
			fields.put("pass_" + n, "true");
			fields.put(Scores.scoreField(n, criteria.get(0)), first);
			fields.put(Scores.scoreField(n, criteria.get(1)), second);
			if (note != null) {
				fields.put(Scores.noteField(n), note);
			}
		}
		return fields;
	}

	@Test
	void aReviewerRecusesWithAReasonLosesTheDossierAndIsNotAssignedAgain() throws Exception {
		Long id = received(1);
		assign(id, this.reviewer);
		String recusal = "/nominations/" + id + "/recusal";
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.reviewer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"recusal-form\"")));
		this.mvc.perform(post(recusal).param("version", version(id)).param("reason", "Bận").with(as(this.reviewer)))
			.andExpect(status().isForbidden());
		// blank: refused next to the field; too long: refused, what was typed kept
		this.mvc.perform(post(recusal).param("version", version(id)).param("reason", "   ").with(csrf()).with(as(this.reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")))
			.andExpect(content().string(containsString("Vui lòng nhập lý do từ chối thẩm định.")));
		String tooLong = "Quan he ho hang ".repeat(70) + "xa";
		MvcResult kept = this.mvc.perform(post(recusal).param("version", version(id)).param("reason", tooLong)
				.with(csrf()).with(as(this.reviewer)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"reason-error\""))).andReturn();
		assertThat(((RecusalForm) kept.getModelAndView().getModel().get("recusalForm")).getReason()).isEqualTo(tooLong);
		assertThat(this.jdbc.queryForObject("select count(*) from dossier_reviewer where dossier_id = ? and recused_at is not null",
				Long.class, id)).isZero();
		// another agency, a reviewer not assigned: as if there were no dossier
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.otherUser))).andExpect(status().isNotFound());
		this.mvc.perform(post(recusal).param("version", version(id)).param("reason", "Bận").with(csrf())
				.with(as(this.second))).andExpect(status().isNotFound());
		this.mvc.perform(post(recusal).param("version", version(id)).param("reason", "Bận").with(csrf())
				.with(as(this.otherUser))).andExpect(status().isForbidden());

		this.mvc.perform(post(recusal).param("version", version(id)).param("reason", "Co quan he ho hang voi nguoi duoc de nghi")
				.with(csrf()).with(as(this.reviewer)))
			.andExpect(redirectedUrl("/nominations"));
		assertThat(this.jdbc.queryForObject("select recusal_reason from dossier_reviewer where dossier_id = ? and reviewer_id = ?",
				String.class, id, this.reviewer.getId())).isEqualTo("Co quan he ho hang voi nguoi duoc de nghi");
		assertThat(this.jdbc.queryForList("select action from audit_event where record_type = 'Dossier' and record_id = ?",
				String.class, id)).contains("nomination.recuse");
		assertThat(this.jdbc.queryForObject("select count(*) from notification where link = ? and recipient_office"
				+ " and message_key = 'nomination.notify.recused'", Long.class, "/nominations/" + id)).isEqualTo(1);
		// the recused reviewer no longer sees it, nor finds it in their list
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.reviewer))).andExpect(status().isNotFound());
		this.mvc.perform(get("/nominations").with(as(this.reviewer))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/nominations/" + id + "\""))));
		this.mvc.perform(opinions(id, Map.of()).with(as(this.reviewer))).andExpect(status().isNotFound());
		// the office sees who recused and why, may not put them back, and assigns another
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("đã từ chối thẩm định")))
			.andExpect(content().string(containsString("Co quan he ho hang voi nguoi duoc de nghi")));
		this.mvc.perform(post("/nominations/{id}/reviewers", id).param("version", version(id))
				.param("reviewerId", this.reviewer.getId().toString()).with(csrf()).with(as(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reviewer-select-error\"")))
			.andExpect(content().string(containsString("đã từ chối thẩm định hồ sơ; hãy phân công thành viên khác")));
		this.mvc.perform(post("/nominations/{id}/reviewers", id).param("version", version(id))
				.param("reviewerId", this.second.getId().toString()).with(csrf()).with(as(this.office)))
			.andExpect(redirectedUrl("/nominations/" + id));
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.second))).andExpect(status().isOk());
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.reviewer))).andExpect(status().isNotFound());
	}

	@Test
	void theOfficeKeepsTheCriteriaOfAnAwardFormRefusedNextToEachFieldWithWhatWasTypedKept() throws Exception {
		String page = "/nominations/award-forms/" + this.formId + "/criteria";
		this.mvc.perform(get("/nominations/award-forms").with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"criteria-link-" + this.formId + "\"")));
		this.mvc.perform(get(page).with(as(this.agencyUser))).andExpect(status().isForbidden());
		this.mvc.perform(get(page).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rows0.name\"")));
		String formVersion = String.valueOf(this.awardForms.findById(this.formId).orElseThrow().getVersion());
		MvcResult refused = this.mvc.perform(post(page).param("version", formVersion)
				.param("rows[0].name", " ").param("rows[0].weight", "0").param("rows[0].maximum", "abc")
				.param("rows[0].position", "x")
				.param("rows[1].name", "Sang kien").param("rows[1].weight", "101").param("rows[1].maximum", "5,555")
				.param("rows[2].name", "N".repeat(201)).param("rows[2].weight", "1,5").param("rows[2].maximum", "10")
				.with(csrf()).with(as(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rows[0].name-error\"")))
			.andExpect(content().string(containsString("id=\"rows[0].weight-error\"")))
			.andExpect(content().string(containsString("id=\"rows[0].maximum-error\"")))
			.andExpect(content().string(containsString("id=\"rows[0].position-error\"")))
			.andExpect(content().string(containsString("id=\"rows[1].weight-error\"")))
			.andExpect(content().string(containsString("id=\"rows[1].maximum-error\"")))
			.andExpect(content().string(containsString("id=\"rows[2].name-error\"")))
			.andExpect(content().string(not(containsString("id=\"rows[2].weight-error\""))))
			.andExpect(content().string(containsString("Trọng số là số lớn hơn 0 và không quá 100")))
			.andReturn();
		CriteriaForm typed = (CriteriaForm) refused.getModelAndView().getModel().get("criteriaForm");
		assertThat(typed.getRows()).extracting(CriteriaForm.Row::getWeight).containsExactly("0", "101", "1,5");
		assertThat(typed.getRows().get(1).getMaximum()).isEqualTo("5,555");
		assertThat(this.jdbc.queryForObject("select count(*) from award_criterion where award_form_id = ?", Long.class,
				this.formId)).isZero();
		this.mvc.perform(post(page).param("version", formVersion).with(as(this.office))).andExpect(status().isForbidden());

		// saved: the blank last row is left out; decimals with a comma
		this.mvc.perform(post(page).param("version", formVersion)
				.param("rows[0].name", "Thanh tich").param("rows[0].weight", "2").param("rows[0].maximum", "10").param("rows[0].position", "1")
				.param("rows[1].name", "Sang kien").param("rows[1].weight", "1,5").param("rows[1].maximum", "5").param("rows[1].position", "2")
				.param("rows[2].name", "").param("rows[2].weight", "").param("rows[2].maximum", "")
				.with(csrf()).with(as(this.office)))
			.andExpect(redirectedUrl(page));
		assertThat(this.jdbc.queryForList("select name || ' ' || weight || ' ' || maximum from award_criterion"
				+ " where award_form_id = ? order by position", String.class, this.formId))
			.containsExactly("Thanh tich 2.00 10.00", "Sang kien 1.50 5.00");
		assertThat(this.jdbc.queryForList("select action from audit_event where record_type = 'AwardForm' and record_id = ?",
				String.class, this.formId)).containsExactly("nomination.awardForm.criteria");
		// a scored criterion is not removed: refused next to its row
		List<Long> ids = this.jdbc.queryForList("select id from award_criterion where award_form_id = ? order by position",
				Long.class, this.formId);
		Long id = received(1);
		assign(id, this.reviewer);
		this.mvc.perform(opinions(id, scored(id, ids, "8", "4", null)).with(as(this.reviewer)))
			.andExpect(redirectedUrl("/nominations/" + id));
		String now = String.valueOf(this.awardForms.findById(this.formId).orElseThrow().getVersion());
		this.mvc.perform(post(page).param("version", now)
				.param("rows[0].id", ids.get(0).toString()).param("rows[0].name", "Thanh tich").param("rows[0].weight", "2")
				.param("rows[0].maximum", "10").param("rows[0].remove", "true")
				.param("rows[1].id", ids.get(1).toString()).param("rows[1].name", "Sang kien").param("rows[1].weight", "1,5")
				.param("rows[1].maximum", "5")
				.with(csrf()).with(as(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rows0.remove-error\"")))
			.andExpect(content().string(containsString("đã được chấm điểm nên không thể bỏ")));
		assertThat(this.jdbc.queryForObject("select count(*) from award_criterion where award_form_id = ?", Long.class,
				this.formId)).isEqualTo(2);
	}

	@Test
	void scoresAreRefusedNextToTheFieldWithWhatWasTypedKept() throws Exception {
		List<Long> criteria = criteria();
		Long id = received(1);
		assign(id, this.reviewer);
		Long n = this.mother.nominees(id).get(0);
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.reviewer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"score-1-1\"")))
			.andExpect(content().string(containsString("id=\"score-1-2\"")))
			.andExpect(content().string(containsString("id=\"note-input-1\"")));
		Map<String, String> bad = new java.util.LinkedHashMap<>();
		bad.put("pass_" + n, "true");
		bad.put(Scores.scoreField(n, criteria.get(0)), "10,5");
		bad.put(Scores.scoreField(n, criteria.get(1)), "abc");
		bad.put(Scores.noteField(n), "N".repeat(2001));
		MvcResult refused = this.mvc.perform(opinions(id, bad).with(as(this.reviewer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"score-error-1-1\"")))
			.andExpect(content().string(containsString("Điểm không được lớn hơn điểm tối đa 10.")))
			.andExpect(content().string(containsString("id=\"score-error-1-2\"")))
			.andExpect(content().string(containsString("id=\"note-error-1\"")))
			.andExpect(content().string(containsString("value=\"10,5\"")))
			.andReturn();
		Scores.Input typed = (Scores.Input) refused.getModelAndView().getModel().get("scoreInput");
		assertThat(typed.value(Scores.scoreField(n, criteria.get(1)))).isEqualTo("abc");
		assertThat(typed.value(Scores.noteField(n))).hasSize(2001);
		bad.put(Scores.scoreField(n, criteria.get(0)), "");
		bad.put(Scores.scoreField(n, criteria.get(1)), "-1");
		bad.remove(Scores.noteField(n));
		this.mvc.perform(opinions(id, bad).with(as(this.reviewer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nhập điểm.")))
			.andExpect(content().string(containsString("id=\"score-error-1-2\"")));
		assertThat(this.jdbc.queryForObject("select count(*) from review_score where dossier_id = ?", Long.class, id)).isZero();
		this.mvc.perform(opinions(id, scored(id, criteria, "8", "4", null))).andExpect(status().is3xxRedirection());
		this.mvc.perform(opinions(id, scored(id, criteria, "8", "4", null)).with(as(this.agencyUser)))
			.andExpect(status().isForbidden());
		this.mvc.perform(opinions(id, scored(id, criteria, "8", "4", null)).with(as(this.second)))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select count(*) from review_score where dossier_id = ?", Long.class, id)).isZero();
	}

	@Test
	void theOfficeSeesTheScoresSideBySideTheAgencyNoNoteAndAReviewerOnlyTheirOwn() throws Exception {
		List<Long> criteria = criteria();
		Long id = received(1);
		assign(id, this.reviewer);
		assign(id, this.second);
		UserAccount third = this.testData.reviewer(null);
		assign(id, third);
		// a first save, then a later one that replaces it; comma or dot
		this.mvc.perform(opinions(id, scored(id, criteria, "5", "5", "Ghi chu rieng cu")).with(as(this.reviewer)))
			.andExpect(redirectedUrl("/nominations/" + id));
		this.mvc.perform(opinions(id, scored(id, criteria, "8,5", "4", "Ghi chu rieng ALPHA")).with(as(this.reviewer)))
			.andExpect(redirectedUrl("/nominations/" + id));
		this.mvc.perform(opinions(id, scored(id, criteria, "7", "3.5", "Ghi chu rieng BETA")).with(as(this.second)))
			.andExpect(redirectedUrl("/nominations/" + id));
		// the third scores, then recuses: left out of the table
		this.mvc.perform(opinions(id, scored(id, criteria, "1", "1", "Ghi chu rieng GAMMA")).with(as(third)))
			.andExpect(redirectedUrl("/nominations/" + id));
		this.mother.appraisal.recuse(id, this.mother.version(id), "Ban cong tac", cu(third));
		assertThat(this.jdbc.queryForList("select score from review_score where dossier_id = ? and reviewer_id = ?"
				+ " order by criterion_id", BigDecimal.class, id, this.reviewer.getId()))
			.containsExactly(new BigDecimal("8.50"), new BigDecimal("4.00"));

		// (8.5/10×2 + 4/5×1) / 3 × 100 = 83.3; (7/10×2 + 3.5/5) / 3 × 100 = 70.0; mean 76.7, spread 13.3
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"scores-1\"")))
			.andExpect(content().string(containsString("id=\"total-1-1\">83,3<")))
			.andExpect(content().string(containsString("id=\"total-1-2\">70,0<")))
			.andExpect(content().string(not(containsString("id=\"total-1-3\""))))
			.andExpect(content().string(containsString("Điểm trung bình: 76,7")))
			.andExpect(content().string(containsString("Chênh lệch giữa các thành viên: 13,3")))
			.andExpect(content().string(containsString("Ghi chu rieng ALPHA")))
			.andExpect(content().string(containsString("Ghi chu rieng BETA")))
			.andExpect(content().string(not(containsString("Ghi chu rieng GAMMA"))))
			.andExpect(content().string(not(containsString("Ghi chu rieng cu"))));
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.agencyUser))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Ghi chu rieng"))))
			.andExpect(content().string(not(containsString("id=\"scores-1\""))))
			.andExpect(content().string(not(containsString("83,3"))));
		this.mvc.perform(get("/nominations/{id}/list.xlsx", id).with(as(this.agencyUser))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Ghi chu rieng"))));
		// a reviewer: their own scores in their form, never the other's
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.second))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ghi chu rieng BETA")))
			.andExpect(content().string(containsString("Tổng điểm của tôi: 70,0")))
			.andExpect(content().string(containsString("value=\"3,5\"")))
			.andExpect(content().string(not(containsString("Ghi chu rieng ALPHA"))))
			.andExpect(content().string(not(containsString("83,3"))))
			.andExpect(content().string(not(containsString("value=\"8,5\""))))
			.andExpect(content().string(not(containsString("id=\"scores-1\""))));
	}

	@Test
	void theOfficesAndTheReviewersDossierPagesRunTheSameStatementsForTwoAndSixNominees() throws Exception {
		List<Long> criteria = criteria();
		long[] two = pages(received(2), criteria);
		// another agency's dossier under another plan (one dossier per plan and agency)
		Agency district = this.testData.agency("Công an huyện");
		this.agencyUser = this.testData.agencyUser(district);
		this.planId = this.testData.publishedPlan(2040 + (int) (Math.random() * 50), List.of(district));
		long[] six = pages(received(6), criteria);
		System.out.println("SQL statements of the dossier page with scores, office/reviewer: " + two[0] + "/" + two[1]
				+ " (2 nominees), " + six[0] + "/" + six[1] + " (6 nominees)");
		assertThat(six).containsExactly(two);
		assertThat(two[1]).isLessThanOrEqualTo(9);
	}

	private long[] pages(Long id, List<Long> criteria) throws Exception {
		assign(id, this.reviewer);
		assign(id, this.second);
		this.mvc.perform(opinions(id, scored(id, criteria, "8", "4", "Ghi chu")).with(as(this.reviewer)))
			.andExpect(redirectedUrl("/nominations/" + id));
		this.mvc.perform(opinions(id, scored(id, criteria, "6", "2", "Ghi chu")).with(as(this.second)))
			.andExpect(redirectedUrl("/nominations/" + id));
		// the reviewers read with the nominees never repeat a nominee
		int nominees = this.mother.nominees(id).size();
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nominee-" + nominees + "\"")))
			.andExpect(content().string(not(containsString("id=\"nominee-" + (nominees + 1) + "\""))))
			.andExpect(content().string(not(containsString("id=\"scores-" + (nominees + 1) + "\""))));
		this.sql.reset();
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"total-1-2\"")));
		long office = this.sql.count();
		this.sql.reset();
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.reviewer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"own-total-1\"")));
		long reviewer = this.sql.count();
		return new long[] { office, reviewer };
	}

}
