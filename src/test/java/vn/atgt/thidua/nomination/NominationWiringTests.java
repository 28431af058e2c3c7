package vn.atgt.thidua.nomination;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.spreadsheet.RowBinder;
import vn.atgt.thidua.support.DocumentText;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The nomination module wired to documents, notifications, reminders and escalations. */
@IntegrationTest
class NominationWiringTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	DossierService dossiers;

	@Autowired
	AppraisalService appraisal;

	@Autowired
	SubmissionService submissions;

	@Autowired
	AwardFormRepository awardForms;

	@Autowired
	DossierRepository dossierRepository;

	@Autowired
	JdbcTemplate jdbc;

	Agency agency;

	Agency other;

	UserAccount agencyUser;

	UserAccount office;

	Long planId;

	Long bangKhen;

	@Autowired
	org.springframework.context.ApplicationContext context;

	Dossiers mother;

	@BeforeEach
	void setUp() {
		this.agency = this.testData.agency("Công an tỉnh");
		this.other = this.testData.agency("Sở Y tế");
		this.agencyUser = this.testData.agencyUser(this.agency);
		this.office = this.testData.office();
		this.planId = this.testData.publishedPlan(2040 + (int) (Math.random() * 50), List.of(this.agency, this.other));
		this.mother = Dossiers.in(this.context);
		this.bangKhen = this.mother.bangKhen;
	}

	RequestPostProcessor as(UserAccount account) {
		return SecurityMockMvcRequestPostProcessors.user(this.testData.principal(account));
	}

	CurrentUser cu(UserAccount account) {
		return this.testData.currentUser(account);
	}

	long version(Long id) {
		return this.dossierRepository.findById(id).orElseThrow().getVersion();
	}

	Long submittedDossier(UserAccount user, String collective) {
		return this.mother.submitted(this.planId, user, collective);
	}

	List<Long> nominees(Long dossierId) {
		return this.mother.nominees(dossierId);
	}

	Long consolidated(String collective) {
		return this.mother.consolidated(this.planId, cu(this.agencyUser), collective, cu(this.office));
	}

	@Autowired
	NominationSubmissionTracker tracker;

	@Autowired
	vn.atgt.thidua.plan.PlanDirectory plans;

	@Test
	void nominationTrackerCountsParticipantsWithoutASubmittedDossierAgainstTheNominationDueDate() {
		submittedDossier(this.agencyUser, "Phòng Tham mưu " + this.planId);
		this.dossiers.openFor(this.planId, cu(this.testData.agencyUser(this.other)));
		assertThat(this.tracker.agenciesNotSubmitted(this.planId)).containsExactly(this.other.getId());
		var facts = this.plans.facts(this.planId);
		assertThat(this.tracker.dueDate(facts)).isEqualTo(facts.nominationDueDate()).isNotNull();
	}

	List<String> messagesOfAgency(Agency agency) {
		return this.jdbc.queryForList("select message_key from notification where recipient_agency_id = ? order by id",
				String.class, agency.getId());
	}

	@Test
	void returnForCompletionDecisionAndReviewerAssignmentNotifyTheirRecipients() throws Exception {
		Long id = submittedDossier(this.agencyUser, "Phòng Hậu cần " + this.planId);
		this.appraisal.returnForCompletion(id, version(id), "Thiếu biên bản họp", cu(this.office));
		assertThat(messagesOfAgency(this.agency)).endsWith("nomination.notify.returned");
		this.dossiers.submit(id, version(id), cu(this.agencyUser));
		this.appraisal.receive(id, version(id), cu(this.office));
		UserAccount reviewer = this.testData.reviewer(this.other.getId());
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/nominations/{id}/reviewers", id).param("reviewerId", reviewer.getId().toString())
				.param("version", String.valueOf(version(id))).with(as(this.office))
				.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("select message_key from notification where recipient_user_id = ?",
				String.class, reviewer.getId())).containsExactly("nomination.notify.assigned");
		this.mvc.perform(get("/notifications").with(as(reviewer)))
			.andExpect(content().string(containsString("Bạn được phân công thẩm định hồ sơ")));
		List<Long> nominees = nominees(id);
		this.appraisal.appraise(id, version(id), List.of(new Verdict(nominees.get(0), true, null),
				new Verdict(nominees.get(1), true, null)), cu(this.office));
		Long submissionId = this.submissions.consolidate(this.planId, cu(this.office));
		this.submissions.decide(submissionId, 0, "163/QĐ-UBND", java.time.LocalDate.of(2025, 1, 20),
				"Hồ Tiến Thiệu", List.of(new Verdict(nominees.get(0), true, null), new Verdict(nominees.get(1), false, "Chưa tiêu biểu")),
				cu(this.office));
		assertThat(messagesOfAgency(this.agency)).endsWith("nomination.notify.returned", "nomination.notify.decided");
	}

	@Test
	void dossiersPastTheirAppraisalLimitAreEscalatedOnTheOfficeStartPage() throws Exception {
		Long id = submittedDossier(this.agencyUser, "Phòng Cảnh sát cơ động " + this.planId);
		this.appraisal.receive(id, version(id), cu(this.office));
		this.mvc.perform(get("/").with(as(this.office)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/nominations/" + id + "\""))));
		this.jdbc.update("update dossier set received_on = current_date - 40, appraisal_due_on = current_date - 2"
				+ " where id = ?", id);
		this.mvc.perform(get("/").with(as(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/nominations/" + id + "\"")))
			.andExpect(content().string(containsString(this.agency.getName())))
			.andExpect(content().string(containsString("Đã tiếp nhận, đang thẩm định")));
	}

	static byte[] workbook(String[][] rows) throws java.io.IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
		org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Danh sach");
		sheet.value(0, 0, "Loại");
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				if (!rows[r][c].isEmpty()) {
					sheet.value(r + 1, c, rows[r][c]);
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

	@Test
	@SuppressWarnings("unchecked")
	void nomineeListImportReportsEveryBadRowAndImportsNothingUntilAllRowsAreRight() throws Exception {
		Long id = this.dossiers.openFor(this.planId, cu(this.agencyUser));
		String collective = "Đội Cảnh sát giao thông số 2 " + this.planId;
		String[] good = { "Tập thể", collective, "", "", "", "BK_CT_UBND_TINH", "Kéo giảm 3 tiêu chí tai nạn", "" };
		String[] person = { "Cá nhân", "Lý Thị Mai", "Nữ", "Trung úy", "Đội CSGT số 1", "bk_ct_ubnd_tinh",
				"=Hoàn thành xuất sắc", "Có" };
		byte[] bad = workbook(new String[][] { good, { "Cá nhân", "Nông Văn Dũng", "", "", "", "BK_CT_UBND_TINH", "Tốt", "" },
				{ "Tập thể", "Phòng PC08", "", "", "", "KHONG_CO", "Tốt", "" } });
		var failed = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/nominations/{id}/nominees/import", id)
				.file(new org.springframework.mock.web.MockMultipartFile("file", "ds.xlsx", null, bad))
				.param("version", String.valueOf(version(id))).with(as(this.agencyUser))
				.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		List<RowBinder.RowError> errors = (List<RowBinder.RowError>) failed.getFlashMap().get("importErrors");
		// the same rules and messages as the nominee form on the page: an individual needs sex, position and unit
		assertThat(errors).extracting(RowBinder.RowError::row).containsExactly(3, 3, 3, 4);
		assertThat(errors.get(0).message()).startsWith("Giới tính (Nam/Nữ): ");
		assertThat(errors.get(3).message()).startsWith("Mã hình thức khen thưởng: không có hình thức khen thưởng này");
		assertThat(nominees(id)).isEmpty();
		// the errors wait in the session (PostgreSQL) as a flash attribute: follow the redirect with its cookie
		this.mvc.perform(get("/nominations/{id}", id).cookie(failed.getResponse().getCookie("SESSION"))
				.with(as(this.agencyUser)))
			.andExpect(content().string(containsString("Dòng 3: Chức vụ: ")))
			.andExpect(content().string(containsString("Dòng 4: Mã hình thức khen thưởng: không có")))
			.andExpect(content().string(containsString("/nominations/" + id + "/nominees/template.xlsx")));
		byte[] ok = workbook(new String[][] { good, person });
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/nominations/{id}/nominees/import", id)
				.file(new org.springframework.mock.web.MockMultipartFile("file", "ds.xlsx", null, ok))
				.param("version", String.valueOf(version(id))).with(as(this.testData.agencyUser(this.other)))
				.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/nominations/{id}/nominees/import", id)
				.file(new org.springframework.mock.web.MockMultipartFile("file", "ds.xlsx", null, ok))
				.param("version", String.valueOf(version(id))).with(as(this.agencyUser))
				.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("select name from nominee where dossier_id = ? order by id", String.class, id))
			.containsExactly(collective, "Lý Thị Mai");
		assertThat(this.jdbc.queryForObject("select achievement from nominee where dossier_id = ? and name = ?",
				String.class, id, "Lý Thị Mai")).isEqualTo("=Hoàn thành xuất sắc");
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/nominations/{id}/nominees/import", id)
				.file(new org.springframework.mock.web.MockMultipartFile("file", "ds.xlsx", null, "MZ\u0090 not excel".getBytes()))
				.param("version", String.valueOf(version(id))).with(as(this.agencyUser))
				.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(result -> assertThat((List<RowBinder.RowError>) result.getFlashMap().get("importErrors"))
				.extracting(RowBinder.RowError::message)
				.containsExactly("Tệp không phải bảng tính Excel (.xlsx) (kiểm tra theo nội dung tệp, không theo tên tệp)."));
		byte[] template = this.mvc.perform(get("/nominations/{id}/nominees/template.xlsx", id).with(as(this.agencyUser)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(template).startsWith('P', 'K', 3, 4);
	}

	@Test
	void officeDownloadsTheAwardSubmissionWithItsNomineeTableAsPdfAndDocx() throws Exception {
		Long submissionId = consolidated("Phòng Cảnh sát giao thông " + this.planId);
		this.mvc.perform(get("/nominations/submissions/{id}", submissionId).with(as(this.office)))
			.andExpect(content().string(containsString("/nominations/submissions/" + submissionId + "/document.pdf")));
		byte[] pdf = this.mvc.perform(get("/nominations/submissions/{id}/document.pdf", submissionId)
				.with(as(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("to-trinh-khen-thuong-")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(DocumentText.pdf(pdf)).contains("TỜ TRÌNH", "/TTr-BATGT", "Kính gửi",
				"Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Tên tập thể, cá nhân",
				"Phòng Cảnh sát giao thông " + this.planId, "Hoàng Văn Thụ", "Đội trưởng, Đội CSGT số 1",
				"Bằng khen", "Lưu: VT");
		byte[] docx = this.mvc.perform(get("/nominations/submissions/{id}/document.docx", submissionId)
				.with(as(this.office)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(DocumentText.docx(docx)).contains("TỜ TRÌNH", "Phòng Cảnh sát giao thông " + this.planId,
				"Hoàng Văn Thụ");
		this.mvc.perform(get("/nominations/submissions/{id}/document.pdf", submissionId).with(as(this.agencyUser)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/nominations/submissions/{id}/document.docx", submissionId)
				.with(as(this.testData.reviewer(null))))
			.andExpect(status().isForbidden());
	}

}
