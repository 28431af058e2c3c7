package vn.atgt.thidua.nomination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.support.DocumentText;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15 item 7 (rules 18, 19; ADR 0186): the office's dated tables of base salaries and coefficients, the
 * estimated prize money on the submission page and in its documents, the draft decision with its list, and the
 * amounts fixed by the recorded decision. The seeded rates (V105) are in force from 01/7/2025: base salary
 * 2.340.000, Bằng khen 1.5 for an individual (3.510.000) and 3.0 for a collective (7.020.000). Rows this class adds
 * lie far in the future (2096, 2097), so that other tests' dates never meet them.
 */
@IntegrationTest
class PrizeMoneyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	SubmissionService submissions;

	@Autowired
	PrizeRateService rates;

	@Autowired
	AwardFormRepository awardForms;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

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

	/** A published plan with {@code agencies} taking part, each with one appraised dossier (a collective and
	 * {@link Dossiers#INDIVIDUAL}, both passing), consolidated into one submission. */
	Long submission(int agencies) {
		String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
		List<Agency> taking = new java.util.ArrayList<>();
		for (int i = 0; i < agencies; i++) {
			taking.add(this.testData.agency("Cơ quan thưởng " + i + " " + suffix));
		}
		Long planId = this.testData.publishedPlan(2040 + (int) (Math.random() * 50), taking);
		for (int i = 0; i < agencies; i++) {
			this.mother.appraised(planId, cu(this.testData.agencyUser(taking.get(i))), "Đội thưởng " + i + " " + suffix,
					cu(this.office));
		}
		return this.submissions.consolidate(planId, cu(this.office));
	}

	ResultActions postAsOffice(MockHttpServletRequestBuilder request, Map<String, String> params) throws Exception {
		params.forEach(request::param);
		return this.mvc.perform(request.with(csrf()).with(as(this.office)));
	}

	Long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	@Test
	void officeSeesBothTablesAndAddsABaseSalaryWhileEveryBadInputIsRefusedNextToTheField() throws Exception {
		this.mvc.perform(get("/nominations/prize-rates").with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("2.340.000 đồng")))
			.andExpect(content().string(containsString("1.800.000 đồng")))
			.andExpect(content().string(containsString("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")))
			.andExpect(content().string(containsString("1,50")));
		var salaries = post("/nominations/prize-rates/base-salaries");
		postAsOffice(salaries, Map.of("salaryFrom", "01/01/2097")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Bắt buộc phải nhập.")))
			.andExpect(content().string(containsString("value=\"01/01/2097\"")));
		postAsOffice(post("/nominations/prize-rates/base-salaries"), Map.of("salaryFrom", "01/01/2097", "amount", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập số tiền bằng chữ số, lớn hơn 0, vd 2.340.000.")))
			.andExpect(content().string(containsString("value=\"-5\"")));
		postAsOffice(post("/nominations/prize-rates/base-salaries"), Map.of("salaryFrom", "01/01/2097", "amount", "0"))
			.andExpect(content().string(containsString("Nhập số tiền bằng chữ số, lớn hơn 0")));
		postAsOffice(post("/nominations/prize-rates/base-salaries"),
				Map.of("salaryFrom", "01/01/2097", "amount", "1.000.000.000.000.000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập số tiền bằng chữ số, lớn hơn 0")));
		// found by the outside probe: an absurd salary or a year of another century
		postAsOffice(post("/nominations/prize-rates/base-salaries"),
				Map.of("salaryFrom", "01/01/2097", "amount", "999999999999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tối đa 100.000.000 đồng")));
		postAsOffice(post("/nominations/prize-rates/base-salaries"), Map.of("salaryFrom", "01/01/1900", "amount", "2.500.000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("trong các năm từ 2000 đến 2100")));
		postAsOffice(post("/nominations/prize-rates/base-salaries"),
				Map.of("salaryFrom", "31/02/2097", "amount", "2.500.000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày không hợp lệ.")))
			.andExpect(content().string(containsString("value=\"31/02/2097\"")))
			.andExpect(content().string(containsString("value=\"2.500.000\"")));
		postAsOffice(post("/nominations/prize-rates/base-salaries"), Map.of("amount", "2.500.000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bắt buộc phải nhập.")));
		assertThat(count("select count(*) from prize_base_salary where valid_from >= '2097-01-01'")).isZero();

		postAsOffice(post("/nominations/prize-rates/base-salaries"),
				Map.of("salaryFrom", "01/01/2097", "amount", "2.500.000"))
			.andExpect(redirectedUrl("/nominations/prize-rates"));
		assertThat(count("select amount from prize_base_salary where valid_from = '2097-01-01'")).isEqualTo(2_500_000L);
		assertThat(count("select count(*) from audit_event where action = 'nomination.prizeRate.baseSalary'"))
			.isGreaterThanOrEqualTo(1);
		postAsOffice(post("/nominations/prize-rates/base-salaries"),
				Map.of("salaryFrom", "1/1/2097", "amount", "2600000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã có mức lương cơ sở áp dụng từ ngày này.")))
			.andExpect(content().string(containsString("value=\"2600000\"")));
		assertThat(count("select count(*) from prize_base_salary where valid_from = '2097-01-01'")).isEqualTo(1);
	}

	@Test
	void coefficientOutOfRangeUnparseableDuplicateOrForTheWrongSubjectIsRefusedKeepingWhatWasTyped() throws Exception {
		String bangKhen = this.mother.bangKhen.toString();
		String coThiDua = Dossiers.awardForm(this.awardForms, "CO_THI_DUA_UBND_TINH").toString();
		Map<String, String> refusals = new java.util.LinkedHashMap<>();
		refusals.put("0", "Hệ số phải lớn hơn 0 và không quá 50.");
		refusals.put("-1", "Hệ số phải lớn hơn 0 và không quá 50.");
		refusals.put("50,5", "Hệ số phải lớn hơn 0 và không quá 50.");
		refusals.put("1,234", "Hệ số có tối đa 2 chữ số phần nguyên");
		refusals.put("một rưỡi", "Hệ số phải là một số, vd 1,5.");
		refusals.put("1e999999999", "Hệ số phải là một số, vd 1,5.");
		for (var refusal : refusals.entrySet()) {
			postAsOffice(post("/nominations/prize-rates/coefficients"), Map.of("awardFormId", bangKhen, "subjectType",
					"INDIVIDUAL", "coefficientFrom", "01/01/2097", "coefficient", refusal.getKey()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(refusal.getValue())))
				.andExpect(content().string(containsString("value=\"01/01/2097\"")))
				.andExpect(content().string(containsString("value=\"" + refusal.getKey() + "\"")));
		}
		// Cờ thi đua is for collectives only (rule 7)
		postAsOffice(post("/nominations/prize-rates/coefficients"), Map.of("awardFormId", coThiDua, "subjectType",
				"INDIVIDUAL", "coefficientFrom", "01/01/2097", "coefficient", "8"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không áp dụng cho đối tượng đã chọn")));
		postAsOffice(post("/nominations/prize-rates/coefficients"),
				Map.of("subjectType", "INDIVIDUAL", "coefficientFrom", "01/01/2097", "coefficient", "1,5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bắt buộc phải nhập.")));
		postAsOffice(post("/nominations/prize-rates/coefficients"), Map.of("awardFormId", bangKhen, "subjectType",
				"INDIVIDUAL", "coefficientFrom", "không rõ", "coefficient", "1,5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày không hợp lệ.")));
		// the seeded row of Decree 152/2025
		postAsOffice(post("/nominations/prize-rates/coefficients"), Map.of("awardFormId", bangKhen, "subjectType",
				"INDIVIDUAL", "coefficientFrom", "01/07/2025", "coefficient", "1,6"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã có hệ số của hình thức và đối tượng này áp dụng từ ngày này.")));
		assertThat(count("select count(*) from prize_coefficient where valid_from >= '2097-01-01'")).isZero();

		postAsOffice(post("/nominations/prize-rates/coefficients"), Map.of("awardFormId", bangKhen, "subjectType",
				"INDIVIDUAL", "coefficientFrom", "01/01/2097", "coefficient", "1,75"))
			.andExpect(redirectedUrl("/nominations/prize-rates"));
		assertThat(this.jdbc.queryForObject(
				"select coefficient from prize_coefficient where valid_from = '2097-01-01' and subject_type = 'INDIVIDUAL'",
				BigDecimal.class)).isEqualByComparingTo("1.75");
		assertThat(count("select count(*) from audit_event where action = 'nomination.prizeRate.coefficient'"))
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void onlyTheOfficeMayChangeTheRatesAndNeverWithoutTheCsrfToken() throws Exception {
		UserAccount agencyUser = this.testData.agencyUser(this.testData.agency("Sở Tài chính thưởng"));
		UserAccount reviewer = this.testData.reviewer(null);
		for (UserAccount other : List.of(agencyUser, reviewer)) {
			this.mvc.perform(get("/nominations/prize-rates").with(as(other))).andExpect(status().isForbidden());
			this.mvc.perform(post("/nominations/prize-rates/base-salaries").param("salaryFrom", "01/03/2097")
				.param("amount", "9.000.000").with(csrf()).with(as(other))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/nominations/prize-rates")).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/nominations/prize-rates/base-salaries").param("salaryFrom", "01/03/2097")
			.param("amount", "9.000.000").with(as(this.office))).andExpect(status().isForbidden());
		this.mvc.perform(post("/nominations/prize-rates/coefficients").param("awardFormId", this.mother.bangKhen.toString())
			.param("subjectType", "COLLECTIVE").param("coefficientFrom", "01/03/2097").param("coefficient", "4")
			.with(as(this.office))).andExpect(status().isForbidden());
		assertThat(count("select count(*) from prize_base_salary where valid_from = '2097-03-01'")).isZero();
		assertThat(count("select count(*) from prize_coefficient where valid_from = '2097-03-01'")).isZero();
	}

	@Test
	void officeRemovesAMistakenRowAndTheRemovalIsAudited() throws Exception {
		this.rates.addBaseSalary(LocalDate.of(2097, 6, 1), 25_000_000, cu(this.office));
		this.rates.addCoefficient(this.mother.bangKhen, SubjectType.COLLECTIVE, LocalDate.of(2097, 6, 1),
				new BigDecimal("30"), cu(this.office));
		Long salary = count("select id from prize_base_salary where valid_from = '2097-06-01'");
		Long coefficient = count("select id from prize_coefficient where valid_from = '2097-06-01'");
		UserAccount agencyUser = this.testData.agencyUser(this.testData.agency("Sở Kế hoạch thưởng"));
		this.mvc.perform(post("/nominations/prize-rates/base-salaries/{id}/remove", salary).with(csrf())
			.with(as(agencyUser))).andExpect(status().isForbidden());
		this.mvc.perform(post("/nominations/prize-rates/base-salaries/{id}/remove", salary).with(as(this.office)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/nominations/prize-rates").with(as(this.office)))
			.andExpect(content().string(containsString("25.000.000 đồng")));
		this.mvc.perform(post("/nominations/prize-rates/base-salaries/{id}/remove", salary).with(csrf())
			.with(as(this.office))).andExpect(redirectedUrl("/nominations/prize-rates"));
		this.mvc.perform(post("/nominations/prize-rates/coefficients/{id}/remove", coefficient).with(csrf())
			.with(as(this.office))).andExpect(redirectedUrl("/nominations/prize-rates"));
		assertThat(count("select count(*) from prize_base_salary where valid_from = '2097-06-01'")).isZero();
		assertThat(count("select count(*) from prize_coefficient where valid_from = '2097-06-01'")).isZero();
		assertThat(count("select count(*) from audit_event where action in ('nomination.prizeRate.baseSalaryRemove',"
				+ " 'nomination.prizeRate.coefficientRemove')")).isGreaterThanOrEqualTo(2);
		// twice (a second tab): nothing to remove, no error page
		this.mvc.perform(post("/nominations/prize-rates/base-salaries/{id}/remove", salary).with(csrf())
			.with(as(this.office)))
			.andExpect(redirectedUrl("/nominations/prize-rates"))
			.andExpect(result -> assertThat(((vn.atgt.thidua.shared.web.Flash) result.getFlashMap().get("flash")).key())
				.isEqualTo("nomination.prize.flash.alreadyRemoved"));
	}

	@Test
	void submissionPageShowsEachEstimatedAmountAndTheTotalInTheSameStatementsWhateverTheRows() throws Exception {
		Long one = submission(1);
		this.sql.reset();
		this.mvc.perform(get("/nominations/submissions/{id}", one).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("3.510.000 đồng")))
			.andExpect(content().string(containsString("7.020.000 đồng")))
			.andExpect(content().string(containsString("10.530.000 đồng")))
			.andExpect(content().string(containsString("Tiền thưởng dự kiến")))
			.andExpect(content().string(containsString("id=\"decision-pdf\"")))
			.andExpect(content().string(not(containsString("id=\"prize-unknown\""))));
		long atOne = this.sql.count();
		Long four = submission(4);
		this.sql.reset();
		this.mvc.perform(get("/nominations/submissions/{id}", four).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("42.120.000 đồng")));
		long atFour = this.sql.count();
		System.out.println("SQL statements for the submission page: " + atOne + " (2 rows), " + atFour + " (8 rows)");
		assertThat(atFour).as(String.join("\n", this.sql.statements())).isEqualTo(atOne);
	}

	@Test
	void awardWithoutARateInForceIsShownAsUnknownNotZero() throws Exception {
		Long id = submission(1);
		// Giấy khen has no coefficient in the table: one nominee moved to it has no amount
		Long giayKhen = Dossiers.awardForm(this.awardForms, "GIAY_KHEN");
		this.jdbc.update("""
				update nominee set award_form_id = ? where id = (select min(n.id) from nominee n
				    join dossier d on d.id = n.dossier_id where d.submission_id = ?)""", giayKhen, id);
		this.mvc.perform(get("/nominations/submissions/{id}", id).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa xác định")))
			.andExpect(content().string(containsString("id=\"prize-unknown\"")))
			.andExpect(content().string(containsString("1 tập thể, cá nhân chưa có mức tiền thưởng")));
	}

	@Test
	void recordedDecisionFixesTheAmountsAndANewerBaseSalaryChangesNothing() throws Exception {
		Long id = submission(1);
		List<Long> nominees = this.jdbc.queryForList("""
				select n.id from nominee n join dossier d on d.id = n.dossier_id where d.submission_id = ? order by n.id
				""", Long.class, id);
		long version = this.submissions.view(id).submission().getVersion();
		this.mvc.perform(post("/nominations/submissions/{id}/decision", id).param("version", String.valueOf(version))
			.param("number", "88/QĐ-UBND").param("date", "10/05/2096").param("signer", "Hồ Tiến Thiệu")
			.param("pass_" + nominees.get(0), "true").param("pass_" + nominees.get(1), "true")
			.with(csrf()).with(as(this.office))).andExpect(status().is3xxRedirection());
		List<Map<String, Object>> fixed = this.jdbc.queryForList(
				"select subject_type, prize_amount, prize_coefficient, prize_base_salary from nominee where id in (?, ?) order by id",
				nominees.get(0), nominees.get(1));
		assertThat(fixed).extracting(r -> r.get("prize_amount")).containsExactly(7_020_000L, 3_510_000L);
		assertThat(fixed).extracting(r -> ((BigDecimal) r.get("prize_coefficient")).toPlainString())
			.containsExactly("3.00", "1.50");
		assertThat(fixed).extracting(r -> r.get("prize_base_salary")).containsExactly(2_340_000L, 2_340_000L);

		// a base salary in force on the decision date, added afterwards: the decision's amounts stay
		this.rates.addBaseSalary(LocalDate.of(2096, 1, 1), 3_000_000, cu(this.office));
		assertThat(this.rates.rates().prize(LocalDate.of(2096, 5, 10), this.mother.bangKhen, SubjectType.INDIVIDUAL))
			.map(PrizeRates.Prize::amount).contains(4_500_000L);
		this.mvc.perform(get("/nominations/submissions/{id}", id).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Tiền thưởng theo Quyết định")))
			.andExpect(content().string(containsString("3.510.000 đồng")))
			.andExpect(content().string(containsString("10.530.000 đồng")))
			.andExpect(content().string(not(containsString("4.500.000"))));
		assertThat(this.jdbc.queryForList("select prize_amount from nominee where id in (?, ?) order by id", Long.class,
				nominees.get(0), nominees.get(1))).containsExactly(7_020_000L, 3_510_000L);
		String decision = DocumentText.pdf(this.mvc
			.perform(get("/nominations/submissions/{id}/decision.pdf", id).with(as(this.office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(decision).contains("88/QĐ-UBND", "ngày 10 tháng 5 năm 2096", "Hồ Tiến Thiệu", "10.530.000")
			.doesNotContain("4.500.000");
	}

	@Test
	void draftDecisionIsARealPdfAndDocxWithTheAttachedListAndTheTotal() throws Exception {
		Long id = submission(1);
		String collective = this.jdbc.queryForObject("""
				select n.name from nominee n join dossier d on d.id = n.dossier_id
				where d.submission_id = ? and n.subject_type = 'COLLECTIVE'""", String.class, id);
		byte[] pdf = this.mvc.perform(get("/nominations/submissions/{id}/decision.pdf", id).with(as(this.office)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/pdf")))
			.andExpect(header().string("Content-Disposition", containsString("du-thao-quyet-dinh-khen-thuong-")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		String text = DocumentText.pdf(pdf);
		assertThat(text).contains("ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "QUYẾT ĐỊNH", "/QĐ-UBND",
				"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "Điều 1.", "tổng số tiền thưởng: 10.530.000 đồng",
				"DANH SÁCH", "Kèm theo Quyết định số", collective, Dossiers.INDIVIDUAL,
				"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "3.510.000", "7.020.000", "Tổng cộng", "10.530.000");
		String docx = DocumentText.docx(this.mvc
			.perform(get("/nominations/submissions/{id}/decision.docx", id).with(as(this.office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(docx).contains("QUYẾT ĐỊNH", "DANH SÁCH", collective, "3.510.000", "Tổng cộng", "10.530.000");
		// the tờ trình shows the amounts and the total as well
		String submission = DocumentText.pdf(this.mvc
			.perform(get("/nominations/submissions/{id}/document.pdf", id).with(as(this.office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(submission).contains("Số tiền thưởng", "7.020.000", "Tổng số tiền thưởng dự kiến: 10.530.000 đồng.");
		UserAccount agencyUser = this.testData.agencyUser(this.testData.agency("Sở Nội vụ thưởng"));
		this.mvc.perform(get("/nominations/submissions/{id}/decision.pdf", id).with(as(agencyUser)))
			.andExpect(status().isForbidden());
	}

}
