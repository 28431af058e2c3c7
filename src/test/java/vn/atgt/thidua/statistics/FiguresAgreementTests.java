package vn.atgt.thidua.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.plan.Indicator;
import vn.atgt.thidua.plan.PlanContent;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.plan.TargetSpec;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.PlanFixtures;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Figures that agree (issue 14.3) on the web: sub-counts refused above the total, the previous period prefilled from
 * the stored one and a difference confirmed with a reason, the dashboard never judging a target on unconfirmed
 * figures, qualitative targets assessed by the office. Years 2031–2039 are this class's own.
 */
@IntegrationTest
class FiguresAgreementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatisticsService statistics;

	@Autowired
	PlanService plans;

	private MockHttpServletRequestBuilder figures(int year, String... overrides) {
		java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("periodType", "YEAR");
		params.put("periodYear", String.valueOf(year));
		params.put("accidents", "5");
		params.put("deaths", "4");
		params.put("injuries", "3");
		params.put("prevAccidents", "6");
		params.put("prevDeaths", "5");
		params.put("prevInjuries", "4");
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/statistics/new").with(csrf())
			.with(user(this.testData.principal(this.testData.office())));
		params.forEach(request::param);
		return request;
	}

	private void stored(int year, Counts previous, Counts current) {
		PeriodType.Window window = PeriodType.YEAR.defaultWindow(year, 0);
		this.statistics.recordProvinceFigures(new FiguresData(PeriodType.YEAR, year, 0, window.start(), window.end(),
				current, previous, null, null, null, null), this.testData.currentUser(this.testData.office()));
	}

	@Test
	void especiallySeriousAboveTheAccidentsIsRefusedNextToTheField() throws Exception {
		this.mvc.perform(figures(2031, "especiallySerious", "50", "drinkDriving", "6", "note", "Ghi chú đã gõ"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("figuresForm", "especiallySerious", "stats.validation.subCountAboveTotal"))
			.andExpect(model().attributeHasFieldErrorCode("figuresForm", "drinkDriving", "stats.validation.subCountAboveTotal"))
			.andExpect(content().string(containsString("Số vụ này (50) lớn hơn tổng số vụ (5).")))
			.andExpect(content().string(containsString("value=\"50\"")))
			.andExpect(model().attribute("figuresForm", org.hamcrest.Matchers.hasProperty("note", org.hamcrest.Matchers.is("Ghi chú đã gõ"))));
		assertThat(this.jdbc.queryForObject("select count(*) from accident_figures where period_year = 2031", Long.class)).isZero();
	}

	@Test
	void previousPeriodIsPrefilledAndADifferenceNeedsAReason() throws Exception {
		stored(2032, new Counts(40, 40, 40), new Counts(34, 34, 13));
		this.mvc.perform(figures(2033, "prevAccidents", "", "prevDeaths", "", "prevInjuries", "", "_defaults", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số liệu năm 2032 đã lưu cho kỳ này: 34 vụ, 34 người chết, 13 người bị thương")))
			.andExpect(model().attribute("figuresForm", org.hamcrest.Matchers.hasProperty("prevAccidents", org.hamcrest.Matchers.is(34))));
		this.mvc.perform(figures(2033, "prevAccidents", "99", "prevDeaths", "99", "prevInjuries", "99"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("figuresForm", "prevReason", "stats.validation.previousDiffers"))
			.andExpect(content().string(containsString("Khác số liệu năm 2032 đã lưu (34 vụ, 34 người chết, 13 người bị thương).")))
			.andExpect(content().string(containsString("value=\"99\"")));
		assertThat(this.jdbc.queryForObject("select count(*) from accident_figures where period_year = 2033", Long.class)).isZero();
		this.mvc.perform(figures(2033, "prevAccidents", "99", "prevDeaths", "99", "prevInjuries", "99", "prevReason",
				"Công an tỉnh đính chính số liệu năm 2032"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select prev_source || ' ' || prev_reason from accident_figures where period_year = 2033",
				String.class)).isEqualTo("CONFIRMED Công an tỉnh đính chính số liệu năm 2032");
	}

	@Test
	void implausiblePeopleAreSavedWithAWarning() throws Exception {
		this.mvc.perform(figures(2039, "deaths", "80"))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(((vn.atgt.thidua.shared.web.Flash) result.getFlashMap().get("flash")).key())
				.isEqualTo("stats.flash.savedImplausible"));
	}

	@Test
	void dashboardNeverJudgesATargetOnUnconfirmedFigures() throws Exception {
		Long planId = publishedPlan(2036);
		// figures of 2036 saved with 99/99/99 as last year; then the real 2035 figures are stored
		stored(2036, new Counts(99, 99, 99), new Counts(30, 30, 30));
		stored(2035, new Counts(30, 30, 30), new Counts(25, 25, 25));
		var office = user(this.testData.principal(this.testData.office()));
		this.mvc.perform(get("/plans/{id}/targets", planId).with(office))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("khác số liệu năm 2035 đã lưu và chưa được xác nhận")))
			.andExpect(content().string(containsString("Chưa đánh giá: số liệu cùng kỳ chưa được xác nhận")))
			.andExpect(content().string(not(containsString("attainment-EXCEEDED"))))
			.andExpect(content().string(not(containsString("attainment-MET\""))))
			.andExpect(content().string(not(containsString("attainment-NOT_MET"))));
		// once the 2036 figures agree with the stored 2035 ones, the target is judged and the source named
		Long id = this.jdbc.queryForObject("select id from accident_figures where period_year = 2036 and agency_id is null", Long.class);
		PeriodType.Window window = PeriodType.YEAR.defaultWindow(2036, 0);
		this.statistics.correctProvinceFigures(id, 0, new FiguresData(PeriodType.YEAR, 2036, 0, window.start(),
				window.end(), new Counts(30, 30, 30), new Counts(25, 25, 25), null, null, null, null),
				this.testData.currentUser(this.testData.office()));
		this.mvc.perform(get("/plans/{id}/targets", planId).with(office))
			.andExpect(content().string(containsString("với số liệu năm 2035 đã lưu.")))
			.andExpect(content().string(containsString("Chưa đạt")));
	}

	@Test
	void officeAssessesAQualitativeTarget() throws Exception {
		Long planId = publishedPlan(2038);
		Long targetId = this.jdbc.queryForObject("select id from plan_target where plan_id = ? and text_goal is not null",
				Long.class, planId);
		var office = user(this.testData.principal(this.testData.office()));
		this.mvc.perform(post("/plans/{p}/targets/{t}/assessment", planId, targetId).with(csrf()).with(office)
				.param("comment", "Nhận xét đã gõ"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("assessmentForm", "achieved", "stats.validation.assessChoice"))
			.andExpect(content().string(containsString("Chọn Đạt hoặc Không đạt.")))
			.andExpect(content().string(containsString("Nhận xét đã gõ")));
		this.mvc.perform(post("/plans/{p}/targets/{t}/assessment", planId, targetId).with(csrf()).with(office)
				.param("achieved", "false"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("assessmentForm", "comment", "stats.validation.assessComment"));
		this.mvc.perform(post("/plans/{p}/targets/{t}/assessment", planId, targetId).with(csrf()).with(office)
				.param("achieved", "false").param("comment", "Còn 2 vụ ùn tắc kéo dài trên QL1A"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/plans/{id}/targets", planId).with(office))
			.andExpect(content().string(containsString("Không đạt")))
			.andExpect(content().string(containsString("Còn 2 vụ ùn tắc kéo dài trên QL1A")));
		Agency agency = this.testData.agency("Sở Y tế");
		this.mvc.perform(post("/plans/{p}/targets/{t}/assessment", planId, targetId).with(csrf())
				.with(user(this.testData.principal(this.testData.agencyUser(agency)))).param("achieved", "true"))
			.andExpect(status().isForbidden());
	}

	private Long publishedPlan(int year) {
		CurrentUser office = this.testData.currentUser(this.testData.office());
		PlanContent content = PlanFixtures.content(year, 2);
		content.targets().add(new TargetSpec(null, Indicator.CONGESTION, null, null, null, null,
				"Không để xảy ra ùn tắc giao thông kéo dài"));
		content.targets().set(0, new TargetSpec(null, Indicator.ACCIDENTS, null, "năm " + (year - 1),
				BigDecimal.valueOf(5), BigDecimal.TEN, null));
		Long id = this.plans.createDraft(content, office);
		this.plans.chooseParticipants(id, 0, Set.of(this.testData.agency("Sở Y tế").getId()), office);
		this.plans.publish(id, 1, this.plans.suggestNumber(id, year), LocalDate.of(year, 2, 1), office);
		return id;
	}

}
