package vn.atgt.thidua.nomination;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.SqlStatementCounter;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class NominationAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	SqlStatementCounter sql;

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

	UserAccount otherUser;

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
		this.otherUser = this.testData.agencyUser(this.other);
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

	/** A complete dossier of {@code agency} with one collective and {@link Dossiers#INDIVIDUAL}, submitted. */
	Long submittedDossier(UserAccount user, String collective) {
		return this.mother.submitted(this.planId, user, collective);
	}

	@Test
	void anotherAgencysDossierFileAndExportAnswerNotFound() throws Exception {
		Long id = submittedDossier(this.agencyUser, "Phòng Cảnh sát giao thông");
		Long partId = this.jdbc.queryForObject("select min(id) from dossier_part where dossier_id = ?", Long.class, id);
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.agencyUser))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Phòng Cảnh sát giao thông")));
		this.mvc.perform(get("/nominations/{id}/parts/{p}", id, partId).with(as(this.agencyUser)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'nomination.part.download' and record_id = ?", Long.class, id))
			.isEqualTo(1);
		this.mvc.perform(get("/nominations/{id}/list.xlsx", id).with(as(this.agencyUser))).andExpect(status().isOk());
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.otherUser))).andExpect(status().isNotFound());
		this.mvc.perform(get("/nominations/{id}/parts/{p}", id, partId).with(as(this.otherUser)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/nominations/{id}/list.xlsx", id).with(as(this.otherUser)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/nominations/{id}/list.xlsx", id)).andExpect(status().is3xxRedirection());
	}

	@Test
	void reviewerSeesOnlyAssignedDossiersAndNeverOneOfTheirOwnAgency() throws Exception {
		Long id = submittedDossier(this.agencyUser, "Đội CSGT đường bộ");
		UserAccount reviewer = this.testData.reviewer(null);
		UserAccount sameAgencyReviewer = this.testData.reviewer(this.agency.getId());
		this.mvc.perform(get("/nominations/{id}", id).with(as(reviewer))).andExpect(status().isNotFound());
		this.appraisal.receive(id, version(id), cu(this.office));
		this.mvc.perform(post("/nominations/{id}/reviewers", id).param("version", String.valueOf(version(id)))
				.param("reviewerId", sameAgencyReviewer.getId().toString()).with(csrf()).with(as(this.office)))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/nominations/{id}/reviewers", id).param("version", String.valueOf(version(id)))
				.param("reviewerId", reviewer.getId().toString()).with(csrf()).with(as(this.office)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/nominations/{id}", id).with(as(reviewer))).andExpect(status().isOk());
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.testData.reviewer(null))))
			.andExpect(status().isNotFound());
	}

	@Test
	void renamedExecutableIsRefusedWithAClearMessage() throws Exception {
		Long id = this.dossiers.openFor(this.planId, cu(this.agencyUser));
		this.mvc.perform(multipart("/nominations/{id}/parts", id)
				.file(new MockMultipartFile("file", "to-trinh.pdf", "application/pdf", new byte[] { 'M', 'Z', 0, 0 }))
				.param("version", String.valueOf(version(id))).param("kind", "TO_TRINH").with(csrf())
				.with(as(this.agencyUser)))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(((Flash) result.getFlashMap().get("flash")).key())
				.isEqualTo("upload.refused.badType.documents"));
		assertThat(this.jdbc.queryForObject("select count(*) from dossier_part where dossier_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void incompleteDossierListsWhatIsMissing() throws Exception {
		Long id = this.dossiers.openFor(this.planId, cu(this.agencyUser));
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.agencyUser))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Thiếu Biên bản họp Hội đồng Thi đua – Khen thưởng.")))
			.andExpect(content().string(not(containsString("id=\"submit-dossier\""))));
		this.mvc.perform(post("/nominations/{id}/nominees", id).param("version", String.valueOf(version(id)))
				.param("subjectType", "INDIVIDUAL").param("name", "Lê Văn Bình").param("sex", "NAM")
				.param("positionTitle", "Cán bộ").param("unit", "Phòng CSGT")
				.param("awardFormId", this.awardForms.findAll().stream().filter(f -> !f.isForIndividual())
					.findFirst().orElseThrow().getId().toString())
				.param("achievement", "Tốt").with(csrf()).with(as(this.agencyUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không áp dụng cho đối tượng đã chọn")))
			.andExpect(model().attribute("nomineeForm", org.hamcrest.Matchers.hasProperty("name",
					org.hamcrest.Matchers.equalTo("Lê Văn Bình"))));
	}

	@Test
	void theSameSubjectFromASecondAgencyIsRefusedNextToTheNameAndARaceIsFlaggedToTheOfficeOnly() throws Exception {
		Long first = submittedDossier(this.agencyUser, "Đội Cảnh sát giao thông số 2");
		Long second = this.dossiers.openFor(this.planId, this.otherUser.toCurrentUser());
		// rule 8: whatever the diacritics, case or word order, the second agency is refused and keeps what it typed
		this.mvc.perform(post("/nominations/{id}/nominees", second).param("version", String.valueOf(version(second)))
				.param("subjectType", "COLLECTIVE").param("name", "số 2 ĐỘI CẢNH SÁT GIAO THÔNG")
				.param("awardFormId", this.bangKhen.toString()).param("achievement", "Kéo giảm tai nạn")
				.with(csrf()).with(as(this.otherUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("đã được cơ quan, đơn vị khác đề nghị")))
			.andExpect(content().string(not(containsString(this.agency.getName()))))
			.andExpect(model().attribute("nomineeForm", org.hamcrest.Matchers.hasProperty("achievement",
					org.hamcrest.Matchers.equalTo("Kéo giảm tai nạn"))));
		assertThat(this.jdbc.queryForObject("select count(*) from nominee where dossier_id = ?", Long.class, second))
			.isZero();
		// the same person in another unit (and no date of birth) is someone else: accepted
		this.dossiers.addNominee(second, version(second), Dossiers.individual(Dossiers.INDIVIDUAL, this.bangKhen)
			.withUnit("Công an huyện Cao Lộc"), this.otherUser.toCurrentUser());
		// two agencies that propose at the same moment both pass the check: the office is warned on both dossiers
		this.dossiers.addNominee(second, version(second), Dossiers.collective("Đội CSGT khác", this.bangKhen),
				this.otherUser.toCurrentUser());
		this.jdbc.update("update nominee set name = ?, name_key = ? where dossier_id = ? and name = 'Đội CSGT khác'",
				"ĐỘI CẢNH SÁT GIAO THÔNG SỐ 2", SubjectIdentity.nameKey("ĐỘI CẢNH SÁT GIAO THÔNG SỐ 2"), second);
		this.mvc.perform(get("/nominations/{id}", second).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"duplicate-warning\"")))
			.andExpect(content().string(containsString("cùng kế hoạch")))
			.andExpect(content().string(containsString(this.agency.getName())));
		this.mvc.perform(get("/nominations/{id}", second).with(as(this.otherUser))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"duplicate-warning\""))))
			.andExpect(content().string(not(containsString("nominee-history"))))
			.andExpect(content().string(not(containsString(this.agency.getName()))));
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void appraisedNomineesAreForwardedDecidedPublishedAndRevoked() throws Exception {
		Long id = submittedDossier(this.agencyUser, "Phòng Hậu cần " + this.planId);
		CurrentUser officeUser = cu(this.office);
		this.appraisal.receive(id, version(id), officeUser);
		assertThat(this.dossierRepository.findById(id).orElseThrow().getAppraisalDueOn()).isNotNull();
		List<Long> nominees = this.jdbc.queryForList("select id from nominee where dossier_id = ? order by id", Long.class, id);
		this.appraisal.appraise(id, version(id), List.of(new Verdict(nominees.get(0), true, null),
				new Verdict(nominees.get(1), false, "Thành tích chưa tiêu biểu")), officeUser);
		Long submissionId = this.submissions.consolidate(this.planId, officeUser);
		assertThat(this.dossierRepository.findById(id).orElseThrow().getStatus()).isEqualTo(DossierStatus.FORWARDED);
		byte[] xlsx = this.mvc.perform(get("/nominations/submissions/{id}/list.xlsx", submissionId)
				.with(as(this.office))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("STT");
			assertThat(rows.get(0).getCellText(5)).isEqualTo("Tóm tắt thành tích");
			assertThat(rows).hasSize(2);
			assertThat(rows.get(1).getCellText(1)).isEqualTo("Phòng Hậu cần " + this.planId);
		}
		this.mvc.perform(get("/nominations/submissions/{id}/list.xlsx", submissionId).with(as(this.agencyUser)))
			.andExpect(status().isForbidden());
		this.submissions.decide(submissionId, 0, "163/QĐ-UBND", LocalDate.of(2025, 1, 20), "Hồ Tiến Thiệu",
				List.of(new Verdict(nominees.get(0), true, null)), officeUser);
		this.mvc.perform(get("/public/awards/plans/{id}", this.planId)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Phòng Hậu cần " + this.planId)))
			.andExpect(content().string(containsString("163/QĐ-UBND")))
			.andExpect(content().string(not(containsString("Hoàng Văn Thụ"))));
		this.submissions.revoke(nominees.get(0), "9/QĐ-UBND", LocalDate.of(2025, 5, 1), "Hồ Tiến Thiệu",
				"Khai không đúng thành tích", officeUser);
		this.mvc.perform(get("/public/awards/plans/{id}", this.planId)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Phòng Hậu cần " + this.planId))));
		assertThatThrownBy(() -> this.submissions.consolidate(this.planId, officeUser))
			.hasMessage("nomination.error.nothingToForward");
	}

	@Test
	void officeManagesAwardFormsAndAgenciesCannot() throws Exception {
		this.mvc.perform(get("/nominations/award-forms").with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")))
			.andExpect(content().string(containsString("Chiến sĩ thi đua cấp tỉnh")));
		this.mvc.perform(get("/nominations/award-forms").with(as(this.agencyUser))).andExpect(status().isForbidden());
		AwardForm giayKhen = this.awardForms.findAll().stream().filter(f -> f.getCode().equals("GIAY_KHEN"))
			.findFirst().orElseThrow();
		this.mvc.perform(post("/nominations/award-forms/{id}/edit", giayKhen.getId()).with(csrf()).with(as(this.office))
				.param("version", String.valueOf(giayKhen.getVersion())).param("name", "Giấy khen")
				.param("kind", "HINH_THUC_KHEN_THUONG").param("decidedBy", "Thủ trưởng cơ quan"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chọn ít nhất một đối tượng áp dụng.")));
		assertThat(this.awardForms.findById(giayKhen.getId()).orElseThrow().isForCollective()).isTrue();
	}

	@Test
	void inboxRunsTheSameStatementsForTenAndTwoHundredDossiers() throws Exception {
		addSubmittedDossiers(10);
		this.sql.reset();
		this.mvc.perform(get("/nominations/inbox").with(as(this.office))).andExpect(status().isOk());
		long atTen = this.sql.count();
		addSubmittedDossiers(190);
		this.sql.reset();
		this.mvc.perform(get("/nominations/inbox").with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"inbox-table\"")));
		long atTwoHundred = this.sql.count();
		System.out.println("SQL statements for the nomination inbox: " + atTen + " (10 dossiers), " + atTwoHundred
				+ " (200 dossiers)");
		assertThat(atTwoHundred).isEqualTo(atTen).isLessThanOrEqualTo(4);
		assertThat(this.appraisal.inbox(PageRequest.of(0, 20)).getTotalElements()).isGreaterThanOrEqualTo(200);
	}

	@Test
	void agencysDossierPageAndOwnListStayWithinSixStatementsWhateverThePlansAndNominees() throws Exception {
		Long id = submittedDossier(this.agencyUser, "Phòng Cảnh sát giao thông");
		this.sql.reset();
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.agencyUser))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Phòng Cảnh sát giao thông")));
		long dossierPage = this.sql.count();
		this.sql.reset();
		this.mvc.perform(get("/nominations").with(as(this.agencyUser))).andExpect(status().isOk());
		long listWithOnePlan = this.sql.count();
		for (int i = 0; i < 4; i++) {
			this.testData.publishedPlan(2001 + (int) (Math.random() * 38), List.of(this.agency));
		}
		this.sql.reset();
		this.mvc.perform(get("/nominations").with(as(this.agencyUser))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"plan-select\"")));
		long listWithFivePlans = this.sql.count();
		// the plan chooser was one plan read (and its participants) per published plan; now one statement
		assertThat(listWithFivePlans).isEqualTo(listWithOnePlan).isLessThanOrEqualTo(6);
		// nominees fetched with the dossier, the plan named by one projection, award forms read once
		assertThat(dossierPage).isLessThanOrEqualTo(6);
	}

	@Test
	void receivedDossierStaysWithinSixStatementsForTheAgencyAndTheAssignedReviewer() throws Exception {
		Long id = submittedDossier(this.agencyUser, "Phòng Cảnh sát giao thông");
		UserAccount reviewer = this.testData.reviewer(null);
		this.appraisal.receive(id, version(id), cu(this.office));
		this.mvc.perform(post("/nominations/{id}/reviewers", id).param("version", String.valueOf(version(id)))
				.param("reviewerId", reviewer.getId().toString()).with(csrf()).with(as(this.office)));
		this.mvc.perform(get("/nominations/{id}", id).with(as(reviewer))).andExpect(status().isOk());
		this.sql.reset();
		this.mvc.perform(get("/nominations/{id}", id).with(as(this.agencyUser))).andExpect(status().isOk());
		long agencyPage = this.sql.count();
		this.sql.reset();
		this.mvc.perform(get("/nominations/{id}", id).with(as(reviewer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Phòng Cảnh sát giao thông")));
		long reviewerPage = this.sql.count();
		// the holidays of the appraisal time limit are kept, not read per request; the reviewer also reads the
		// assignments (to be let in), the opinions and the nominees' other nominations (rule 8, one statement for
		// the whole dossier): 13 before the fixes of issue 17
		assertThat(agencyPage).isLessThanOrEqualTo(6);
		assertThat(reviewerPage).isLessThanOrEqualTo(9);
	}

	private void addSubmittedDossiers(int count) {
		String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("""
				insert into agency (name, kind) select 'Cơ quan hộp thư ' || g || ' ' || ?, 'OTHER' from generate_series(1, ?) g
				""", suffix, count);
		this.jdbc.update("""
				insert into dossier (plan_id, agency_id, status, submitted_at, received_on, appraisal_due_on, created_at, updated_at)
				select ?, a.id, 'UNDER_APPRAISAL', now(), current_date, current_date + 30, now(), now()
				from agency a where a.name like ?
				""", this.planId, "Cơ quan hộp thư % " + suffix);
	}

}
