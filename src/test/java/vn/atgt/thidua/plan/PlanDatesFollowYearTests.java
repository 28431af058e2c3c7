package vn.atgt.thidua.plan;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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

/** On the plan form, the dates follow a changed year; a date outside the year is refused next to it, input kept. */
@IntegrationTest
class PlanDatesFollowYearTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	PlanService plans;

	private MockHttpServletRequestBuilder form(String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("year", "2061");
		fields.put("datesYear", "2060");
		fields.put("parentBody", "UBND TỈNH LẠNG SƠN");
		fields.put("issuingBody", "BAN AN TOÀN GIAO THÔNG");
		fields.put("bodySymbol", "BATGT");
		fields.put("place", "Lạng Sơn");
		fields.put("title", "Kế hoạch năm 2061");
		fields.put("startDate", "2060-01-01");
		fields.put("subPlanDueDate", "2060-06-30");
		fields.put("endDate", "2060-12-31");
		fields.put("signAuthority", "KT");
		fields.put("signerTitle", "PHÓ TRƯỞNG BAN");
		fields.put("signerName", "Dương Công Vĩ");
		fields.put("taskGroups[0].content", "Nhóm nhiệm vụ số 1");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/plans/new").with(csrf())
			.with(user(this.testData.principal(this.testData.office())));
		fields.forEach(request::param);
		return request;
	}

	@Test
	void changingTheYearMovesThePrefilledDatesAndKeepsTheUsersOwn() throws Exception {
		MvcResult result = this.mvc.perform(form("reportDueDate", "2061-12-15"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Long id = Long.valueOf(result.getResponse().getRedirectedUrl().replace("/plans/", ""));
		PlanContent content = this.plans.content(id);
		assertThat(content.startDate()).isEqualTo(LocalDate.of(2061, 1, 1));
		assertThat(content.subPlanDueDate()).isEqualTo(LocalDate.of(2061, 6, 30));
		assertThat(content.endDate()).isEqualTo(LocalDate.of(2061, 12, 31));
		assertThat(content.reportDueDate()).isEqualTo(LocalDate.of(2061, 12, 15));
	}

	@Test
	void aDateOutsideTheYearIsRefusedNextToTheFieldWithTheInputKept() throws Exception {
		this.mvc.perform(form("datesYear", "2061", "startDate", "2061-01-01", "subPlanDueDate", "2061-06-30",
				"endDate", "2062-03-31", "title", "Tiêu đề đã gõ"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("planForm", "endDate", "plan.validation.dateOutsideYear"))
			.andExpect(content().string(containsString("Ngày này không thuộc năm 2061 của kế hoạch.")))
			.andExpect(content().string(containsString("value=\"31/03/2062\"")))
			.andExpect(model().attribute("planForm",
					org.hamcrest.Matchers.hasProperty("title", org.hamcrest.Matchers.is("Tiêu đề đã gõ"))));
	}

}
