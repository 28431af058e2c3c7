package vn.atgt.thidua.statistics;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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

/** The figures window follows a changed year (issue 14.2); a window outside the year is refused next to the field. */
@IntegrationTest
class FiguresPeriodTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	private MockHttpServletRequestBuilder figures(String... overrides) {
		java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("periodType", "YEAR");
		params.put("periodYear", "2093");
		params.put("windowFor", "YEAR-2092-0");
		params.put("periodStart", "2091-12-15");
		params.put("periodEnd", "2092-12-14");
		params.put("accidents", "28");
		params.put("deaths", "27");
		params.put("injuries", "7");
		params.put("prevAccidents", "34");
		params.put("prevDeaths", "34");
		params.put("prevInjuries", "13");
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/statistics/new").with(csrf())
			.with(user(this.testData.principal(this.testData.office())));
		params.forEach(request::param);
		return request;
	}

	@Test
	void changingTheYearMovesThePrefilledWindow() throws Exception {
		this.mvc.perform(figures()).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select period_start::text || ' ' || period_end::text from accident_figures "
				+ "where period_year = 2093 and agency_id is null", String.class)).isEqualTo("2092-12-15 2093-12-14");
	}

	@Test
	void aWindowOutsideTheYearIsRefusedWithTheInputKept() throws Exception {
		this.mvc.perform(figures("periodYear", "2094", "windowFor", "YEAR-2094-0", "periodStart", "2094-12-15",
				"periodEnd", "2095-12-14", "note", "Ghi chú đã gõ"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("figuresForm", "periodEnd", "stats.validation.endOutsideYear"))
			.andExpect(content().string(containsString("Kỳ của năm 2094 phải kết thúc trong năm 2094.")))
			.andExpect(content().string(containsString("value=\"14/12/2095\"")))
			.andExpect(model().attribute("figuresForm",
					org.hamcrest.Matchers.hasProperty("note", org.hamcrest.Matchers.is("Ghi chú đã gõ"))));
		assertThat(this.jdbc.queryForObject("select count(*) from accident_figures where period_year = 2094",
				Long.class)).isZero();
	}

}
