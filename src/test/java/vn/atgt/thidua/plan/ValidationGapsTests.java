package vn.atgt.thidua.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Validation gaps of issue 14.5 (the nomination and reviewer ones are another helper's): an inspection dated in the
 * future, an office account tied to an agency, and messages of one field printed one per line, never glued.
 */
@IntegrationTest
class ValidationGapsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void inspectionDatedInTheFutureIsRefusedWithTheInputKept() throws Exception {
		Agency inspected = this.testData.agency("Sở Y tế");
		LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1);
		this.mvc.perform(post("/inspections/new").with(csrf()).with(user(this.testData.principal(this.testData.office())))
				.param("agencyId", inspected.getId().toString()).param("inspectedOn", tomorrow.toString())
				.param("team", "Đoàn kiểm tra liên ngành số 9").param("scope", "Kế hoạch thực hiện")
				.param("findings", "Triển khai đầy đủ"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("inspectionForm", "inspectedOn", "inspection.validation.inFuture"))
			.andExpect(content().string(containsString("Ngày kiểm tra không được sau hôm nay")))
			.andExpect(content().string(containsString("value=\"" + tomorrow.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "\"")))
			.andExpect(model().attribute("inspectionForm",
					org.hamcrest.Matchers.hasProperty("team", org.hamcrest.Matchers.is("Đoàn kiểm tra liên ngành số 9"))));
		assertThat(this.jdbc.queryForObject("select count(*) from inspection where agency_id = ?", Long.class,
				inspected.getId())).isZero();
	}

	@Test
	void officeAccountCannotBeTiedToAnAgency() throws Exception {
		Agency agency = this.testData.agency("Sở Tư pháp");
		String username = "vp-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(post("/accounts/new").with(csrf()).with(user(this.testData.principal(this.testData.admin())))
				.param("username", username).param("fullName", "Trần Văn Bình").param("role", "OFFICE")
				.param("agencyId", agency.getId().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "agencyId", "account.validation.agencyNotAllowed"))
			.andExpect(content().string(containsString("hãy để trống ô cơ quan")))
			.andExpect(content().string(containsString("value=\"" + username + "\"")));
		assertThat(this.jdbc.queryForObject("select count(*) from user_account where username = ?", Long.class,
				username)).isZero();
	}

	@Test
	void twoMessagesOfOneFieldArePrintedApart() throws Exception {
		// a 32-letter lower-case symbol breaks two rules: too long, and not capitals
		String page = this.mvc.perform(post("/plans/new").with(csrf()).with(user(this.testData.principal(this.testData.office())))
				.param("year", "2070").param("bodySymbol", "abcdefghijklmnopqrstuvwxyzabcdef").param("title", ""))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String feedback = page.substring(page.indexOf("id=\"bodySymbol-error\""));
		feedback = feedback.substring(0, feedback.indexOf("</div>\n  </div>") + 6);
		assertThat(feedback.split("class=\"field-message\"")).hasSize(3);
	}

}
