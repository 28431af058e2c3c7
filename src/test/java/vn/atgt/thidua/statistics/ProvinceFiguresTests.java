package vn.atgt.thidua.statistics;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.AgencyKind;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.SqlStatementCounter;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProvinceFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlStatementCounter sql;

	private MockHttpServletRequestBuilder figures(int year, String... overrides) {
		java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("periodType", "YEAR");
		params.put("periodYear", String.valueOf(year));
		params.put("accidents", "28");
		params.put("deaths", "27");
		params.put("injuries", "7");
		params.put("prevAccidents", "34");
		params.put("prevDeaths", "34");
		params.put("prevInjuries", "13");
		// these tests use neighbouring years with the same "last year" figures: the difference is confirmed
		params.put("prevReason", "Theo báo cáo của Công an tỉnh");
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/statistics/new").with(csrf());
		params.forEach(request::param);
		return request;
	}

	private long countFor(int year) {
		return this.jdbc.queryForObject("select count(*) from accident_figures where period_year = ? and agency_id is null",
				Long.class, year);
	}

	@Test
	void officeEntersYearFiguresWithTheDecree09WindowAndSeesTheChange() throws Exception {
		UserAccount office = this.testData.office();
		this.mvc.perform(figures(2101 - 60).with(user(this.testData.principal(office))))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/statistics"))
			.andExpect(flash().attributeExists("flash"));
		assertThat(this.jdbc.queryForObject("select period_start::text || ' ' || period_end::text from accident_figures "
				+ "where period_year = 2041 and agency_id is null", String.class)).isEqualTo("2040-12-15 2041-12-14");
		this.mvc.perform(get("/statistics").with(user(this.testData.principal(office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("giảm 6 vụ (-17,6%), giảm 7 người chết (-20,6%), giảm 6 người bị thương (-46,2%)")))
			.andExpect(content().string(containsString("15/12/2040 – 14/12/2041")));
	}

	@Test
	void policeUserMayEnterProvinceFiguresButAnotherAgencyMayNot() throws Exception {
		UserAccount police = this.testData.agencyUser(this.testData.agency("Công an tỉnh", AgencyKind.POLICE));
		UserAccount health = this.testData.agencyUser(this.testData.agency("Sở Y tế"));
		this.mvc.perform(figures(2042, "periodType", "HALF_YEAR").with(user(this.testData.principal(police))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select period_end::text from accident_figures where period_year = 2042 "
				+ "and period_type = 'HALF_YEAR'", String.class)).isEqualTo("2042-06-14");
		this.mvc.perform(figures(2043).with(user(this.testData.principal(health)))).andExpect(status().isForbidden());
		this.mvc.perform(get("/statistics/new").with(user(this.testData.principal(health)))).andExpect(status().isForbidden());
		this.mvc.perform(get("/statistics").with(user(this.testData.principal(health)))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"new-figures\""))));
		assertThat(countFor(2043)).isZero();
	}

	@Test
	void negativeCountsAndAPeriodEndingBeforeItStartsAreRefusedNextToTheField() throws Exception {
		UserAccount office = this.testData.office();
		this.mvc.perform(figures(2044, "deaths", "-1", "periodStart", "2044-05-01", "periodEnd", "2044-04-30")
				.with(user(this.testData.principal(office))))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("figuresForm", "deaths", "periodEnd"))
			.andExpect(content().string(containsString("Ngày kết thúc không được trước ngày bắt đầu.")))
			.andExpect(content().string(containsString("value=\"-1\"")));
		assertThat(countFor(2044)).isZero();
	}

	@Test
	void monthNeedsItsNumber() throws Exception {
		this.mvc.perform(figures(2045, "periodType", "MONTH", "periodNo", "13")
				.with(user(this.testData.principal(this.testData.office()))))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("figuresForm", "periodNo"));
		this.mvc.perform(figures(2045, "periodType", "MONTH", "periodNo", "1")
				.with(user(this.testData.principal(this.testData.office()))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select period_start::text from accident_figures where period_year = 2045 "
				+ "and period_type = 'MONTH'", String.class)).isEqualTo("2044-12-15");
	}

	@Test
	void secondFiguresForTheSameScopeAndPeriodAreRefused() throws Exception {
		UserAccount office = this.testData.office();
		this.mvc.perform(figures(2046).with(user(this.testData.principal(office)))).andExpect(status().is3xxRedirection());
		this.mvc.perform(figures(2046, "accidents", "30").with(user(this.testData.principal(office))))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("figuresForm", "periodType", "stats.validation.duplicate"))
			.andExpect(content().string(containsString("value=\"30\"")));
		assertThat(countFor(2046)).isOne();
	}

	@Test
	void deathsWithNoAccidentIsSavedWithAWarning() throws Exception {
		this.mvc.perform(figures(2047, "accidents", "0").with(user(this.testData.principal(this.testData.office()))))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(((vn.atgt.thidua.shared.web.Flash) result.getFlashMap().get("flash")).key())
				.isEqualTo("stats.flash.savedDeathsWithoutAccident"));
		assertThat(countFor(2047)).isOne();
	}

	@Test
	void correctionKeepsTheVersionAndIsAudited() throws Exception {
		UserAccount office = this.testData.office();
		this.mvc.perform(figures(2048).with(user(this.testData.principal(office)))).andExpect(status().is3xxRedirection());
		Long id = this.jdbc.queryForObject("select id from accident_figures where period_year = 2048", Long.class);
		this.mvc.perform(post("/statistics/{id}/edit", id).with(csrf()).with(user(this.testData.principal(office)))
				.param("version", "0").param("periodType", "YEAR").param("periodYear", "2048")
				.param("accidents", "29").param("deaths", "27").param("injuries", "7")
				.param("prevAccidents", "34").param("prevDeaths", "34").param("prevInjuries", "13")
				.param("prevReason", "Theo báo cáo của Công an tỉnh"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select accidents from accident_figures where id = ?", Integer.class, id)).isEqualTo(29);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where record_type = 'AccidentFigures' "
				+ "and record_id = ? and action = 'stats.correct'", Long.class, id)).isOne();
		this.mvc.perform(post("/statistics/{id}/edit", id).with(csrf()).with(user(this.testData.principal(office)))
				.param("version", "0").param("periodType", "YEAR").param("periodYear", "2048")
				.param("accidents", "30").param("deaths", "27").param("injuries", "7")
				.param("prevAccidents", "34").param("prevDeaths", "34").param("prevInjuries", "13")
				.param("prevReason", "Theo báo cáo của Công an tỉnh"))
			.andExpect(status().isConflict());
	}

	@Test
	void listRunsAFixedNumberOfStatements() throws Exception {
		UserAccount office = this.testData.office();
		this.mvc.perform(figures(2049).with(user(this.testData.principal(office))));
		this.sql.reset();
		this.mvc.perform(get("/statistics").with(user(this.testData.principal(office)))).andExpect(status().isOk());
		long few = this.sql.count();
		for (int year = 2050; year < 2055; year++) {
			this.mvc.perform(figures(year).with(user(this.testData.principal(office))));
		}
		this.sql.reset();
		this.mvc.perform(get("/statistics").with(user(this.testData.principal(office)))).andExpect(status().isOk());
		assertThat(this.sql.count()).isEqualTo(few).isLessThanOrEqualTo(3);
	}

}
