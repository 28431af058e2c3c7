package vn.atgt.thidua.nomination;

import java.util.List;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rule 16 through the pages: the office writes a notice for a nominee that failed appraisal, refused next to the
 * field for a blank reason, a day still to come or a number used that year; the agency reads and prints it, another
 * agency gets 404; one notice per nominee.
 */
@IntegrationTest
class NoticeTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	Dossiers mother;

	UserAccount agencyUser;

	UserAccount otherUser;

	UserAccount office;

	Long planId;

	@BeforeEach
	void setUp() {
		this.mother = Dossiers.in(this.context);
		Agency agency = this.testData.agency("Công an tỉnh");
		Agency other = this.testData.agency("Sở Y tế");
		this.agencyUser = this.testData.agencyUser(agency);
		this.otherUser = this.testData.agencyUser(other);
		this.office = this.testData.office();
		this.planId = this.testData.publishedPlan(2040 + (int) (Math.random() * 50), List.of(agency, other));
	}

	RequestPostProcessor as(UserAccount account) {
		return SecurityMockMvcRequestPostProcessors.user(this.testData.principal(account));
	}

	@Test
	void theOfficeWritesANoticeForAFailedNomineeAndTheAgencyPrintsIt() throws Exception {
		CurrentUser officeUser = this.office.toCurrentUser();
		Long id = this.mother.received(this.planId, this.agencyUser.toCurrentUser(), "Phòng Cảnh sát giao thông",
				officeUser);
		List<Long> nominees = this.mother.nominees(id);
		this.mother.appraisal.appraise(id, this.mother.version(id), List.of(new Verdict(nominees.get(0), true, null),
				new Verdict(nominees.get(1), false, "Chưa đủ thời gian công tác tại đơn vị")), officeUser);
		Long failed = nominees.get(1);
		String form = "/nominations/" + id + "/nominees/" + failed + "/notice";
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"issue-notice-2\"")))
			.andExpect(content().string(not(containsString("id=\"issue-notice-1\""))));
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.agencyUser))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("issue-notice-"))));
		// the form starts from the appraisal's reason; a passing nominee has no notice to write
		this.mvc.perform(get(form).with(as(this.office))).andExpect(status().isOk())
			.andExpect(model().attribute("noticeForm", hasProperty("reason", equalTo("Chưa đủ thời gian công tác tại đơn vị"))));
		this.mvc.perform(get("/nominations/" + id + "/nominees/" + nominees.get(0) + "/notice").with(as(this.office)))
			.andExpect(redirectedUrl("/nominations/" + id));
		this.mvc.perform(get(form).with(as(this.agencyUser))).andExpect(status().isForbidden());
		String version = String.valueOf(this.mother.version(id));
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
		int year = today.getYear();
		String issued = vn.atgt.thidua.shared.time.VnDates.shortDate(today);
		int taken = this.jdbc.queryForObject("select coalesce(max(number), 0) + 1 from nominee_notice where year = ?",
				Integer.class, year);
		// bad inputs: a message next to each field, nothing issued
		this.mvc.perform(post(form).param("version", version).param("number", "abc").param("issuedOn", "01/01/2999")
				.param("reason", " ").with(csrf()).with(as(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"number-error\"")))
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		this.mvc.perform(post(form).param("version", version).param("number", String.valueOf(taken))
				.param("issuedOn", "01/01/2999").param("reason", "Lý do").with(csrf()).with(as(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày ban hành không được sau hôm nay")));
		// not before the dossier was received
		this.mvc.perform(post(form).param("version", version).param("number", String.valueOf(taken + 5))
				.param("issuedOn", "01/01/2001").param("reason", "Lý do").with(csrf()).with(as(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không được trước ngày tiếp nhận hồ sơ")));
		this.mvc.perform(post(form).param("version", version).param("number", String.valueOf(taken))
				.param("issuedOn", issued).param("reason", "Lý do").with(as(this.office)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(form).param("version", version).param("number", String.valueOf(taken))
				.param("issuedOn", issued).param("reason", "Chưa đủ thời gian công tác tại đơn vị")
				.with(csrf()).with(as(this.office)))
			.andExpect(redirectedUrl("/nominations/" + id));
		// one notice per nominee; its number is taken for the year
		this.mvc.perform(post(form).param("version", String.valueOf(this.mother.version(id)))
				.param("number", String.valueOf(taken + 1)).param("issuedOn", issued).param("reason", "Lần hai")
				.with(csrf()).with(as(this.office)))
			.andExpect(redirectedUrl("/nominations/" + id));
		assertThat(this.jdbc.queryForObject("select count(*) from nominee_notice where nominee_id = ?", Long.class, failed))
			.isEqualTo(1);
		Long notice = this.jdbc.queryForObject("select id from nominee_notice where nominee_id = ?", Long.class, failed);
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.agencyUser))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Thông báo số " + taken + "/TB-BATGT")));
		byte[] pdf = this.mvc.perform(get("/nominations/{id}/notices/{n}/document.pdf", id, notice).with(as(this.agencyUser)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("THÔNG BÁO").contains(taken + "/TB-BATGT")
				.contains("không đủ điều kiện, tiêu chuẩn").contains("Chưa đủ thời gian công tác tại đơn vị");
		}
		this.mvc.perform(get("/nominations/{id}/notices/{n}/document.docx", id, notice).with(as(this.office)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/nominations/{id}/notices/{n}/document.pdf", id, notice).with(as(this.otherUser)))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select count(*) from notification where message_key = 'nomination.notify.notice'"
				+ " and link = ?", Long.class, "/nominations/" + id)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'nomination.notice.issue'"
				+ " and record_id = ?", Long.class, id)).isEqualTo(1);
		// a number already used in the year is refused for another nominee, next to the field
		Long second = this.mother.received(this.planId, this.otherUser.toCurrentUser(), "Trung tâm Y tế", officeUser);
		List<Long> others = this.mother.nominees(second);
		this.mother.appraisal.appraise(second, this.mother.version(second), others.stream()
			.map(n -> new Verdict(n, false, "Không tiêu biểu")).toList(), officeUser);
		this.mvc.perform(post("/nominations/" + second + "/nominees/" + others.get(0) + "/notice")
				.param("version", String.valueOf(this.mother.version(second))).param("number", String.valueOf(taken))
				.param("issuedOn", issued).param("reason", "Không tiêu biểu").with(csrf()).with(as(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số thông báo này đã dùng trong năm ban hành")));
	}

}
