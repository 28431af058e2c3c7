package vn.atgt.thidua.nomination;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
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
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A returned dossier is corrected in place: every field of a nominee, any part replaced or deleted, a nominee removed
 * with its files; bad input is answered next to the field with what was typed kept; another agency gets 404.
 */
@IntegrationTest
class NomineeCorrectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	Dossiers mother;

	UserAccount agencyUser;

	UserAccount otherUser;

	CurrentUser office;

	Long planId;

	Long dossier;

	Long collective;

	Long individual;

	@BeforeEach
	void setUp() {
		this.mother = Dossiers.in(this.context);
		Agency agency = this.testData.agency("Sở Xây dựng");
		Agency other = this.testData.agency("Sở Y tế");
		this.agencyUser = this.testData.agencyUser(agency);
		this.otherUser = this.testData.agencyUser(other);
		this.office = this.testData.currentUser(this.testData.office());
		this.planId = this.testData.publishedPlan(2040 + (int) (Math.random() * 50), List.of(agency, other));
		this.dossier = this.mother.submitted(this.planId, this.agencyUser, "Phòng Quản lý xây dựng " + this.planId);
		this.mother.appraisal.returnForCompletion(this.dossier, version(), "Chức vụ ghi sai", this.office);
		List<Long> nominees = this.mother.nominees(this.dossier);
		this.collective = nominees.get(0);
		this.individual = nominees.get(1);
	}

	RequestPostProcessor as(UserAccount account) {
		return SecurityMockMvcRequestPostProcessors.user(this.testData.principal(account));
	}

	long version() {
		return this.mother.version(this.dossier);
	}

	String edit(Long nominee) {
		return "/nominations/" + this.dossier + "/nominees/" + nominee + "/edit";
	}

	@Test
	void agencyEditsEveryFieldOfANomineeInPlaceOnAReturnedDossier() throws Exception {
		this.mvc.perform(get(edit(this.individual)).with(as(this.agencyUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Đội trưởng\"")));
		Long chienSi = Dossiers.awardForm(this.context.getBean(AwardFormRepository.class), "CSTD_CAP_TINH");
		// the seed keeps only the Bằng khen active: another form for this test only
		this.jdbc.update("update award_form set active = true where id = ?", chienSi);
		try {
			this.mvc.perform(post(edit(this.individual)).with(csrf()).with(as(this.agencyUser))
					.param("version", String.valueOf(version())).param("subjectType", "INDIVIDUAL")
					.param("name", "Hoàng Thị Thu").param("sex", "NU").param("positionTitle", "Phó Trưởng phòng")
					.param("unit", "Phòng Kinh tế").param("birthDate", "02/03/1985").param("awardFormId", chienSi.toString())
					.param("achievement", "Hoàn thành xuất sắc nhiệm vụ hai năm liền").param("needsCertification", "true"))
				.andExpect(status().is3xxRedirection());
		}
		finally {
			this.jdbc.update("update award_form set active = false where id = ?", chienSi);
		}
		assertThat(this.jdbc.queryForMap("""
				select name, sex, position_title, unit, award_form_id, achievement, needs_certification, birth_date
				from nominee where id = ?""", this.individual)).containsValues("Hoàng Thị Thu", "NU", "Phó Trưởng phòng",
				"Phòng Kinh tế", chienSi, "Hoàn thành xuất sắc nhiệm vụ hai năm liền", true,
				java.sql.Date.valueOf("1985-03-02"));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event, jsonb_array_elements(changes) c where record_id = ?
				and action = 'nomination.nominee.edit'""", Long.class, this.dossier)).isEqualTo(8);
		this.mvc.perform(get("/nominations/{id}", this.dossier).with(as(this.agencyUser)))
			.andExpect(content().string(containsString("Phó Trưởng phòng")))
			.andExpect(content().string(containsString("edit-nominee-2")));
	}

	@Test
	void badEditIsRefusedNextToTheFieldWithEverythingTypedKept() throws Exception {
		this.mvc.perform(post(edit(this.individual)).with(csrf()).with(as(this.agencyUser))
				.param("version", String.valueOf(version())).param("subjectType", "INDIVIDUAL").param("name", " ")
				.param("sex", "NAM").param("positionTitle", "Phó Trưởng phòng").param("unit", "")
				.param("awardFormId", this.mother.bangKhen.toString()).param("achievement", "Thành tích mới"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("nomineeForm", "name", "unit"))
			.andExpect(model().attribute("nomineeForm", hasProperty("positionTitle", is("Phó Trưởng phòng"))))
			.andExpect(model().attribute("nomineeForm", hasProperty("achievement", is("Thành tích mới"))));
		// the collective's name for the individual: refused as a duplicate, next to the name
		this.mvc.perform(post(edit(this.individual)).with(csrf()).with(as(this.agencyUser))
				.param("version", String.valueOf(version())).param("subjectType", "COLLECTIVE")
				.param("name", "PHÒNG QUẢN LÝ XÂY DỰNG " + this.planId).param("awardFormId", this.mother.bangKhen.toString())
				.param("achievement", "Thành tích"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("nomineeForm", "name", "nomination.error.duplicateNominee"));
		assertThat(this.jdbc.queryForObject("select name from nominee where id = ?", String.class, this.individual))
			.isEqualTo(Dossiers.INDIVIDUAL);
	}

	@Test
	void nomineeWithItsUploadedReportIsRemovedWithItsFiles() throws Exception {
		List<String> keys = this.jdbc.queryForList("select storage_key from dossier_part where nominee_id = ?",
				String.class, this.individual);
		assertThat(keys).hasSize(1);
		this.mvc.perform(post("/nominations/{id}/nominees/{n}/remove", this.dossier, this.individual).with(csrf())
				.with(as(this.agencyUser)).param("version", String.valueOf(version())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.mother.nominees(this.dossier)).containsExactly(this.collective);
		assertThat(this.jdbc.queryForObject("select count(*) from dossier_part where nominee_id = ?", Long.class,
				this.individual)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from stored_file_chunk where storage_key = ?", Long.class,
				keys.get(0))).isZero();
		assertThat(this.jdbc.queryForObject("""
				select summary from audit_event where record_id = ? and action = 'nomination.nominee.remove'""",
				String.class, this.dossier)).isEqualTo(Dossiers.INDIVIDUAL + " (+1 file)");
	}

	@Test
	void agencyReplacesAndDeletesPartsItUploaded() throws Exception {
		Long minutes = this.jdbc.queryForObject(
				"select id from dossier_part where dossier_id = ? and kind = 'BIEN_BAN_HOP_HDTDKT'", Long.class, this.dossier);
		String oldKey = this.jdbc.queryForObject("select storage_key from dossier_part where id = ?", String.class, minutes);
		this.mvc.perform(multipart("/nominations/{id}/parts/{p}/replace", this.dossier, minutes)
				.file(new MockMultipartFile("file", "bien-ban-da-ky.pdf", "application/pdf", Dossiers.PDF))
				.param("version", String.valueOf(version())).with(csrf()).with(as(this.agencyUser)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select original_name from dossier_part where id = ?", String.class, minutes))
			.isEqualTo("bien-ban-da-ky.pdf");
		assertThat(this.jdbc.queryForObject("select count(*) from stored_file_chunk where storage_key = ?", Long.class,
				oldKey)).isZero();
		// a refused file changes nothing
		this.mvc.perform(multipart("/nominations/{id}/parts/{p}/replace", this.dossier, minutes)
				.file(new MockMultipartFile("file", "virus.pdf", "application/pdf", new byte[] { 'M', 'Z', 0, 0 }))
				.param("version", String.valueOf(version())).with(csrf()).with(as(this.agencyUser)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select original_name from dossier_part where id = ?", String.class, minutes))
			.isEqualTo("bien-ban-da-ky.pdf");
		this.mvc.perform(post("/nominations/{id}/parts/{p}/remove", this.dossier, minutes).with(csrf())
				.with(as(this.agencyUser)).param("version", String.valueOf(version())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from dossier_part where id = ?", Long.class, minutes)).isZero();
		assertThat(this.jdbc.queryForList("""
				select action from audit_event where record_id = ? and action like 'nomination.part.%' order by id""",
				String.class, this.dossier)).endsWith("nomination.part.replace", "nomination.part.remove");
	}

	@Test
	void anotherAgencyGetsNotFoundForEveryCorrection() throws Exception {
		Long part = this.jdbc.queryForObject("select min(id) from dossier_part where dossier_id = ?", Long.class,
				this.dossier);
		String v = String.valueOf(version());
		this.mvc.perform(get(edit(this.individual)).with(as(this.otherUser))).andExpect(status().isNotFound());
		this.mvc.perform(post(edit(this.individual)).with(csrf()).with(as(this.otherUser)).param("version", v)
				.param("subjectType", "COLLECTIVE").param("name", "").param("achievement", ""))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(edit(this.individual)).with(csrf()).with(as(this.otherUser)).param("version", v)
				.param("subjectType", "COLLECTIVE").param("name", "Lạ").param("achievement", "x")
				.param("awardFormId", this.mother.bangKhen.toString()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/nominations/{id}/nominees/{n}/remove", this.dossier, this.individual).with(csrf())
				.with(as(this.otherUser)).param("version", v)).andExpect(status().isNotFound());
		this.mvc.perform(post("/nominations/{id}/parts/{p}/remove", this.dossier, part).with(csrf())
				.with(as(this.otherUser)).param("version", v)).andExpect(status().isNotFound());
		this.mvc.perform(multipart("/nominations/{id}/parts/{p}/replace", this.dossier, part)
				.file(new MockMultipartFile("file", "x.pdf", "application/pdf", Dossiers.PDF)).param("version", v)
				.with(csrf()).with(as(this.otherUser)))
			.andExpect(status().isNotFound());
		assertThat(this.mother.nominees(this.dossier)).hasSize(2);
		assertThat(version()).isEqualTo(Long.parseLong(v));
	}

	@Test
	void submittedDossierOffersNoCorrection() throws Exception {
		this.mother.dossiers.submit(this.dossier, version(), this.agencyUser.toCurrentUser());
		this.mvc.perform(get("/nominations/{id}", this.dossier).with(as(this.agencyUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("edit-nominee-"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("remove-part-"))));
	}

}
