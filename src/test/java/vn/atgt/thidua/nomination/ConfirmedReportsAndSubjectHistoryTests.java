package vn.atgt.thidua.nomination;

import java.time.LocalDate;
import java.util.List;

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
import vn.atgt.thidua.shared.storage.Upload;
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
 * Issue 15, rules 5 and 8 through the pages: a report is confirmed (who, position, day, the form in force) before
 * the dossier can be sent; the office re-points the form; every earlier nomination of a subject, in any plan and
 * year, is beside it for the office and never shown to an agency.
 */
@IntegrationTest
class ConfirmedReportsAndSubjectHistoryTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	Dossiers mother;

	Agency agency;

	UserAccount agencyUser;

	UserAccount otherUser;

	UserAccount office;

	Long planId;

	@BeforeEach
	void setUp() {
		this.mother = Dossiers.in(this.context);
		this.agency = this.testData.agency("Công an tỉnh");
		Agency other = this.testData.agency("Sở Y tế");
		this.agencyUser = this.testData.agencyUser(this.agency);
		this.otherUser = this.testData.agencyUser(other);
		this.office = this.testData.office();
		this.planId = this.testData.publishedPlan(2040 + (int) (Math.random() * 50), List.of(this.agency, other));
	}

	RequestPostProcessor as(UserAccount account) {
		return SecurityMockMvcRequestPostProcessors.user(this.testData.principal(account));
	}

	String confirmation(Long dossier, Long nominee) {
		return "/nominations/" + dossier + "/nominees/" + nominee + "/confirmation";
	}

	@Test
	void aReportIsConfirmedWithWhoAndWhenBeforeTheDossierCanBeSentAndBadInputStaysTyped() throws Exception {
		CurrentUser user = this.agencyUser.toCurrentUser();
		Long id = this.mother.dossiers.openFor(this.planId, user);
		Long nominee = this.mother.dossiers.addNominee(id, this.mother.version(id),
				Dossiers.individual("Lương Văn Tri", this.mother.bangKhen), user);
		for (PartKind kind : List.of(PartKind.TO_TRINH, PartKind.DANH_SACH, PartKind.BIEN_BAN_HOP_HDTDKT)) {
			this.mother.dossiers.uploadPart(id, this.mother.version(id), kind, null, Upload.of(kind + ".pdf", Dossiers.PDF), user);
		}
		String page = confirmation(id, nominee);
		// before the report is uploaded the page says so, and a confirmation is refused next to the field
		this.mvc.perform(get(page).with(as(this.agencyUser))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"report-not-uploaded\"")))
			.andExpect(content().string(containsString("Mẫu số 03 – NĐ 98/2023/NĐ-CP")));
		this.mvc.perform(post(page).param("version", String.valueOf(this.mother.version(id)))
				.param("confirmedBy", "Nguyễn Văn Xác").param("position", "Giám đốc").param("confirmedOn", "12/11/2024")
				.with(csrf()).with(as(this.agencyUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hãy tải lên báo cáo thành tích trước khi ghi xác nhận")))
			.andExpect(model().attribute("reportConfirmationForm", hasProperty("confirmedBy", equalTo("Nguyễn Văn Xác"))));
		this.mother.dossiers.uploadPart(id, this.mother.version(id), PartKind.BAO_CAO_THANH_TICH, nominee,
				Upload.of("bc.pdf", Dossiers.PDF), user);
		// the dossier page lists the missing confirmation and offers no submit button
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.agencyUser))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Báo cáo thành tích của Lương Văn Tri chưa được xác nhận")))
			.andExpect(content().string(not(containsString("id=\"submit-dossier\""))));
		assertThat(this.mother.dossiers.view(id, user).complete()).isFalse();
		String version = String.valueOf(this.mother.version(id));
		// blanks, an impossible day and a day still to come: a message next to each field, what was typed kept
		this.mvc.perform(post(page).param("version", version).param("confirmedBy", " ").param("position", "Giám đốc")
				.param("confirmedOn", "31/02/2024").with(csrf()).with(as(this.agencyUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirmedBy-error\"")))
			.andExpect(content().string(containsString("id=\"confirmedOn-error\"")))
			.andExpect(content().string(containsString("Ngày không hợp lệ")))
			.andExpect(content().string(containsString("value=\"31/02/2024\"")))
			.andExpect(model().attribute("reportConfirmationForm", hasProperty("position", equalTo("Giám đốc"))));
		this.mvc.perform(post(page).param("version", version).param("confirmedBy", "Nguyễn Văn Xác")
				.param("position", "Giám đốc").param("confirmedOn", "01/01/2999").with(csrf()).with(as(this.agencyUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày xác nhận không được sau hôm nay")));
		this.mvc.perform(post(page).param("version", version).param("confirmedBy", "x".repeat(201))
				.param("position", "Giám đốc").param("confirmedOn", "12/11/2024").with(csrf()).with(as(this.agencyUser)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"confirmedBy-error\"")));
		assertThat(this.jdbc.queryForObject("select report_confirmed_by from nominee where id = ?", String.class, nominee))
			.isNull();
		// another agency, no CSRF token: nothing recorded
		this.mvc.perform(get(page).with(as(this.otherUser))).andExpect(status().isNotFound());
		this.mvc.perform(post(page).param("version", version).param("confirmedBy", "Kẻ lạ").param("position", "X")
				.param("confirmedOn", "12/11/2024").with(csrf()).with(as(this.otherUser)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(page).param("version", version).param("confirmedBy", "Nguyễn Văn Xác")
				.param("position", "Giám đốc").param("confirmedOn", "12/11/2024").with(as(this.agencyUser)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(page).param("version", version).param("confirmedBy", "Nguyễn Văn Xác")
				.param("position", "Giám đốc").param("confirmedOn", "12/11/2024").with(csrf()).with(as(this.agencyUser)))
			.andExpect(redirectedUrl("/nominations/" + id));
		assertThat(this.jdbc.queryForMap("""
				select report_confirmed_by, report_confirmed_position, report_confirmed_on, report_form_code
				from nominee where id = ?""", nominee)).containsValues("Nguyễn Văn Xác", "Giám đốc",
				java.sql.Date.valueOf("2024-11-12"), "Mẫu số 03 – NĐ 98/2023/NĐ-CP");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'nomination.report.confirm' and record_id = ?", Long.class,
				id)).isEqualTo(1);
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.agencyUser))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã xác nhận: Nguyễn Văn Xác, Giám đốc, 12/11/2024")))
			.andExpect(content().string(containsString("id=\"submit-dossier\"")));
		// a replaced report has to be confirmed again
		Long report = this.jdbc.queryForObject(
				"select id from dossier_part where nominee_id = ? and kind = 'BAO_CAO_THANH_TICH'", Long.class, nominee);
		this.mother.dossiers.replacePart(id, this.mother.version(id), report, Upload.of("bc-moi.pdf", Dossiers.PDF), user);
		assertThat(this.jdbc.queryForObject("select report_confirmed_by from nominee where id = ?", String.class, nominee))
			.isNull();
		this.mvc.perform(post("/nominations/{id}/submit", id).param("version", String.valueOf(this.mother.version(id)))
				.with(csrf()).with(as(this.agencyUser)))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select status from dossier where id = ?", String.class, id))
			.isEqualTo("DRAFT");
	}

	@Test
	void theOfficeRepointsTheReportFormAndAGivenConfirmationKeepsTheFormOfItsDay() throws Exception {
		Long dossier = this.mother.submitted(this.planId, this.agencyUser, "Phòng Cảnh sát giao thông");
		Long collectiveForm = this.jdbc.queryForObject(
				"select id from report_form where subject_type = 'COLLECTIVE'", Long.class);
		long version = this.jdbc.queryForObject("select version from report_form where id = ?", Long.class, collectiveForm);
		String before = this.jdbc.queryForObject("select form_code from report_form where id = ?", String.class,
				collectiveForm);
		try {
			this.mvc.perform(get("/nominations/report-forms").with(as(this.agencyUser))).andExpect(status().isForbidden());
			this.mvc.perform(post("/nominations/report-forms/{id}", collectiveForm).param("version", String.valueOf(version))
					.param("formCode", "Mẫu số 05").with(csrf()).with(as(this.agencyUser)))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/nominations/report-forms/{id}", collectiveForm).param("version", String.valueOf(version))
					.param("formCode", "   ").with(csrf()).with(as(this.office)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"formCode-COLLECTIVE-error\"")));
			this.mvc.perform(post("/nominations/report-forms/{id}", collectiveForm).param("version", String.valueOf(version))
					.param("formCode", "Mẫu số 02 – NĐ 152/2025/NĐ-CP").with(csrf()).with(as(this.office)))
				.andExpect(redirectedUrl("/nominations/report-forms"));
			this.mvc.perform(get("/nominations/report-forms").with(as(this.office))).andExpect(status().isOk())
				.andExpect(content().string(containsString("152/2025/N")));
			// the confirmation given before keeps the form that was in force then
			assertThat(this.jdbc.queryForList("select report_form_code from nominee where dossier_id = ? order by id",
					String.class, dossier)).containsExactly(before, "Mẫu số 03 – NĐ 98/2023/NĐ-CP");
			assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'nomination.reportForm.edit'"
					+ " and record_id = ?", Long.class, collectiveForm)).isPositive();
		}
		finally {
			this.jdbc.update("update report_form set form_code = ? where id = ?", before, collectiveForm);
		}
	}

	@Test
	void everyEarlierNominationOfASubjectIsBesideItForTheOfficeAndNeverShownToTheAgency() throws Exception {
		CurrentUser officeUser = this.office.toCurrentUser();
		CurrentUser user = this.agencyUser.toCurrentUser();
		int year = this.jdbc.queryForObject("select year from plan where id = ?", Integer.class, this.planId);
		Long earlierPlan = this.testData.publishedPlan(year - 1 - (int) (Math.random() * 20), List.of(this.agency));
		Long submission = this.mother.consolidated(earlierPlan, user, "Đội CSGT đường bộ Lộc Bình", officeUser);
		List<Long> awarded = this.mother.nominees(this.jdbc.queryForObject(
				"select id from dossier where plan_id = ? and agency_id = ?", Long.class, earlierPlan, this.agency.getId()));
		this.mother.submissions.decide(submission, 0, "88/QĐ-UBND", LocalDate.of(2025, 1, 20), "Chủ tịch",
				awarded.stream().map(n -> new Verdict(n, true, null)).toList(), officeUser);
		// this year the same collective, written another way, by the same agency
		Long id = this.mother.submitted(this.planId, this.agencyUser, "lộc bình ĐỘI CSGT ĐƯỜNG BỘ");
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"history-1\"")))
			.andExpect(content().string(containsString("88/QĐ-UBND")))
			.andExpect(content().string(containsString("Được khen thưởng")))
			.andExpect(content().string(not(containsString("id=\"duplicate-warning\""))));
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.agencyUser))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("nominee-history"))))
			.andExpect(content().string(not(containsString("88/QĐ-UBND"))));
	}

}
