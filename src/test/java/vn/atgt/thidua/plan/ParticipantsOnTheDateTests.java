package vn.atgt.thidua.plan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.agency.AgencyKind;
import vn.atgt.thidua.agency.AgencyOption;
import vn.atgt.thidua.agency.AgencyRepository;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Agencies on the date (issue 14.4): the chooser offers those existing when the plan ends; a copy takes successors. */
@IntegrationTest
class ParticipantsOnTheDateTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	PlanService plans;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void agencyExistsOnItsDatesOnly() {
		AgencyOption district = new AgencyOption(1L, "Ban ATGT huyện Lộc Bình", null, AgencyKind.DISTRICT_COMMITTEE,
				null, LocalDate.of(2025, 6, 30), true);
		assertThat(district.existsOn(LocalDate.of(2025, 6, 30))).isTrue();
		assertThat(district.existsOn(LocalDate.of(2025, 12, 31))).isFalse();
		assertThat(district.ceasedBefore(LocalDate.of(2025, 7, 1))).isTrue();
	}

	@Test
	void copyProposesTheSuccessorAndTheChooserOffersOnlyAgenciesOfThePlanDates() throws Exception {
		Agency district = this.testData.agency("Ban ATGT huyện Cao Lộc", AgencyKind.DISTRICT_COMMITTEE);
		Agency commune = this.testData.agency("UBND xã Cao Lộc", AgencyKind.COMMUNE_COMMITTEE);
		Agency abolished = this.testData.agency("Ban ATGT huyện Văn Quan", AgencyKind.DISTRICT_COMMITTEE);
		this.transactions.executeWithoutResult(s -> {
			Agency d = this.agencies.findById(district.getId()).orElseThrow();
			Agency c = this.agencies.findById(commune.getId()).orElseThrow();
			Agency a = this.agencies.findById(abolished.getId()).orElseThrow();
			d.validBetween(null, LocalDate.of(2025, 6, 30));
			c.validBetween(LocalDate.of(2025, 7, 1), null);
			a.validBetween(null, LocalDate.of(2025, 6, 30));
			d.succeededBy(c);
		});
		Long source = this.testData.publishedPlan(2024, List.of(district, abolished));
		var office = user(this.testData.principal(this.testData.office()));
		var copy = this.mvc.perform(post("/plans/{id}/copy", source).with(csrf()).with(office).param("year", "2025"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flash"))
			.andReturn();
		var message = (vn.atgt.thidua.shared.web.Flash) copy.getFlashMap().get("flash");
		assertThat(message.key()).isEqualTo("plan.flash.copiedWithSuccessors");
		assertThat(message.args()).containsExactly(1, 1);
		Long copyId = Long.valueOf(copy.getResponse().getRedirectedUrl().replaceAll("\\D+", " ").trim());
		assertThat(this.plans.view(copyId, this.testData.currentUser(this.testData.office())).participants())
			.extracting(AgencyOption::id).containsExactly(commune.getId());
		this.mvc.perform(get("/plans/{id}/participants", copyId).with(office))
			.andExpect(content().string(containsString("agency-" + commune.getId())))
			.andExpect(content().string(not(containsString("agency-" + district.getId() + "\""))))
			.andExpect(content().string(not(containsString("agency-" + abolished.getId() + "\""))));
		// a crafted post cannot add an agency the chooser does not offer
		long version = this.plans.view(copyId, this.testData.currentUser(this.testData.office())).version();
		this.mvc.perform(post("/plans/{id}/participants", copyId).with(csrf()).with(office)
				.param("version", String.valueOf(version))
				.param("agencyIds", commune.getId().toString(), abolished.getId().toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.plans.view(copyId, this.testData.currentUser(this.testData.office())).participants())
			.extracting(AgencyOption::id).containsExactly(commune.getId());
	}

}
