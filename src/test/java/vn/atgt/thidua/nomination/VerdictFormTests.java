package vn.atgt.thidua.nomination;

import java.util.List;

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
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reviewer's opinion form and the office's appraisal form: no verdict chosen at first, a "Không đạt" needs its
 * reason, a reason too long or with a NUL character is refused next to its field, what was typed is kept and
 * nothing is saved.
 */
@IntegrationTest
class VerdictFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	Dossiers mother;

	UserAccount reviewer;

	UserAccount officeAccount;

	Long dossier;

	Long first;

	Long second;

	@BeforeEach
	void setUp() {
		this.mother = Dossiers.in(this.context);
		Agency agency = this.testData.agency("Sở Giao thông vận tải");
		CurrentUser agencyUser = this.testData.currentUser(this.testData.agencyUser(agency));
		this.officeAccount = this.testData.office();
		CurrentUser office = this.testData.currentUser(this.officeAccount);
		Long planId = this.testData.publishedPlan(2040 + (int) (Math.random() * 50), List.of(agency));
		this.dossier = this.mother.received(planId, agencyUser, "Thanh tra Sở " + planId, office);
		this.reviewer = this.testData.reviewer(null);
		this.mother.appraisal.assignReviewer(this.dossier, this.mother.version(this.dossier), this.reviewer.getId(),
				office);
		List<Long> nominees = this.mother.nominees(this.dossier);
		this.first = nominees.get(0);
		this.second = nominees.get(1);
	}

	RequestPostProcessor as(UserAccount account) {
		return SecurityMockMvcRequestPostProcessors.user(this.testData.principal(account));
	}

	ResultActions opinions(String pass1, String reason1, String pass2, String reason2) throws Exception {
		return this.mvc.perform(form("/nominations/{id}/opinions", pass1, reason1, pass2, reason2).with(as(this.reviewer)));
	}

	ResultActions appraise(String pass1, String reason1, String pass2, String reason2) throws Exception {
		return this.mvc.perform(form("/nominations/{id}/appraise", pass1, reason1, pass2, reason2)
			.with(as(this.officeAccount)));
	}

	MockHttpServletRequestBuilder form(String url, String pass1, String reason1, String pass2, String reason2) {
		MockHttpServletRequestBuilder request = post(url, this.dossier).with(csrf())
			.param("version", String.valueOf(this.mother.version(this.dossier)));
		param(request, "pass_" + this.first, pass1);
		param(request, "reason_" + this.first, reason1);
		param(request, "pass_" + this.second, pass2);
		param(request, "reason_" + this.second, reason2);
		return request;
	}

	static void param(MockHttpServletRequestBuilder request, String name, String value) {
		if (value != null) {
			request.param(name, value);
		}
	}

	long opinionsSaved() {
		return this.jdbc.queryForObject("select count(*) from review_opinion where dossier_id = ?", Long.class,
				this.dossier);
	}

	@Test
	void reviewersFormStartsWithNoVerdictChosen() throws Exception {
		this.mvc.perform(get("/nominations/{id}", this.dossier).with(as(this.reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"opinion-pass-1\"")))
			.andExpect(content().string(containsString("<option value=\"\">– Chọn kết quả –</option>")))
			.andExpect(content().string(not(containsString("value=\"true\" selected"))));
	}

	@Test
	void opinionWithoutVerdictOrFailureWithoutReasonIsRefusedNextToTheField() throws Exception {
		opinions(null, "Tiêu biểu", "false", "  ")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"opinion-pass-error-1\">Chọn &quot;Đạt&quot; hoặc &quot;Không đạt&quot;.</div>")))
			.andExpect(content().string(containsString(
					"id=\"opinion-reason-error-2\">Ghi lý do khi chọn &quot;Không đạt&quot;.</div>")))
			.andExpect(content().string(containsString("value=\"Tiêu biểu\"")))
			.andExpect(content().string(containsString("<option value=\"false\" selected=\"selected\">")));
		assertThat(opinionsSaved()).isZero();
		opinions("true", "Tiêu biểu", "false", "Chưa đủ thời gian").andExpect(status().is3xxRedirection());
		assertThat(opinionsSaved()).isEqualTo(2);
	}

	@Test
	void tooLongReasonsAreRefusedNotCut() throws Exception {
		String opinion = "ý".repeat(2001);
		opinions("true", opinion, "true", null)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"opinion-reason-error-1\">Tối đa 2.000 ký tự.</div>")))
			.andExpect(content().string(containsString("value=\"" + opinion + "\"")));
		assertThat(opinionsSaved()).isZero();
		String appraisal = "a".repeat(1001);
		appraise("false", appraisal, "true", null)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"appraise-reason-error-1\">Tối đa 1.000 ký tự.</div>")))
			.andExpect(content().string(containsString("value=\"" + appraisal + "\"")));
		assertThat(this.jdbc.queryForObject("select status from dossier where id = ?", String.class, this.dossier))
			.isEqualTo("UNDER_APPRAISAL");
		appraise("false", "a".repeat(1000), "true", null).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select appraisal_reason from nominee where id = ?", String.class, this.first))
			.hasSize(1000);
	}

	@Test
	void nulCharacterInAReasonIsAFieldMessageNotABadRequestPage() throws Exception {
		opinions("false", "Thiếu\u0000 minh chứng", "true", null)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"opinion-reason-error-1\">Có ký tự không hợp lệ.</div>")))
			.andExpect(content().string(containsString("value=\"Thiếu minh chứng\"")));
		appraise("true", null, "false", "Lý do\u0000")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"appraise-reason-error-2\">Có ký tự không hợp lệ.</div>")))
			.andExpect(content().string(containsString("<option value=\"true\" selected=\"selected\">")));
		assertThat(opinionsSaved()).isZero();
	}

}
