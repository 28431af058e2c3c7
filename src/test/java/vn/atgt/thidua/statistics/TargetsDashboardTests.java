package vn.atgt.thidua.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.plan.Indicator;
import vn.atgt.thidua.plan.PlanContent;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.plan.TargetSpec;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.PlanFixtures;
import vn.atgt.thidua.support.SqlStatementCounter;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TargetsDashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	PlanService plans;

	@Autowired
	StatisticsService statistics;

	@Autowired
	SqlStatementCounter sql;

	private Long publishedPlanWithTargets(int year, Agency participant) {
		CurrentUser office = this.testData.currentUser(this.testData.office());
		PlanContent content = PlanFixtures.content(year, 3);
		BigDecimal five = BigDecimal.valueOf(5);
		BigDecimal ten = BigDecimal.TEN;
		content.targets().add(new TargetSpec(null, Indicator.DEATHS, null, "năm trước", five, ten, null));
		content.targets().add(new TargetSpec(null, Indicator.INJURIES, null, "năm trước", five, ten, null));
		content.targets().add(new TargetSpec(null, Indicator.CONGESTION, null, null, null, null,
				"Không để xảy ra ùn tắc giao thông kéo dài"));
		Long id = this.plans.createDraft(content, office);
		this.plans.chooseParticipants(id, 0, Set.of(participant.getId()), office);
		this.plans.publish(id, 1, this.plans.suggestNumber(id, year), LocalDate.of(year, 2, 1), office);
		return id;
	}

	private void yearFigures(int year, Counts previous, Counts current) {
		PeriodType.Window window = PeriodType.YEAR.defaultWindow(year, 0);
		this.statistics.recordProvinceFigures(new FiguresData(PeriodType.YEAR, year, 0, window.start(), window.end(),
				current, previous, null, null, null, null), this.testData.currentUser(this.testData.office()));
	}

	@Test
	void eachTargetShowsItsAttainmentAgainstTheYearFigures() throws Exception {
		Agency agency = this.testData.agency("Công an tỉnh");
		Long planId = publishedPlanWithTargets(2071, agency);
		yearFigures(2071, new Counts(41, 37, 14), new Counts(44, 33, 13));
		this.mvc.perform(get("/plans/{id}/targets", planId).with(user(this.testData.principal(this.testData.office()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tăng 3 vụ (+7,3%)")))
			.andExpect(content().string(containsString("giảm 4 người (-10,8%)")))
			.andExpect(content().string(containsString("giảm 1 người (-7,1%)")))
			.andExpect(content().string(containsString("Chưa đạt")))
			.andExpect(content().string(containsString("Vượt chỉ tiêu")))
			.andExpect(content().string(containsString(">Đạt<")))
			.andExpect(content().string(containsString("Đánh giá định tính")))
			.andExpect(content().string(containsString("data-chart=\"{&quot;labels&quot;:[")))
			.andExpect(content().string(containsString("15/12/2070 – 14/12/2071")));
	}

	@Test
	void withoutYearFiguresTheDashboardSaysSo() throws Exception {
		Agency agency = this.testData.agency("Sở Y tế");
		Long planId = publishedPlanWithTargets(2072, agency);
		this.mvc.perform(get("/plans/{id}/targets", planId).with(user(this.testData.principal(this.testData.agencyUser(agency)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa có số liệu cả năm 2072")))
			.andExpect(content().string(containsString("Chưa có số liệu so sánh")));
	}

	@Test
	void agencyOutsideThePlanGetsNotFound() throws Exception {
		Long planId = publishedPlanWithTargets(2073, this.testData.agency("Sở Nội vụ"));
		Agency other = this.testData.agency("Sở Tư pháp");
		this.mvc.perform(get("/plans/{id}/targets", planId).with(user(this.testData.principal(this.testData.agencyUser(other)))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/{id}/targets", 987654321L).with(user(this.testData.principal(this.testData.office()))))
			.andExpect(status().isNotFound());
	}

	@Test
	void statementCountDoesNotGrowWithFiguresOrTargets() throws Exception {
		Agency agency = this.testData.agency("Sở Xây dựng");
		Long planId = publishedPlanWithTargets(2080, agency);
		yearFigures(2080, new Counts(10, 10, 10), new Counts(9, 9, 9));
		var office = this.testData.principal(this.testData.office());
		this.sql.reset();
		this.mvc.perform(get("/plans/{id}/targets", planId).with(user(office))).andExpect(status().isOk());
		long before = this.sql.count();
		for (int year = 2081; year < 2086; year++) {
			yearFigures(year, new Counts(10, 10, 10), new Counts(9, 9, 9));
		}
		this.sql.reset();
		this.mvc.perform(get("/plans/{id}/targets", planId).with(user(office))).andExpect(status().isOk());
		assertThat(this.sql.count()).isEqualTo(before).isLessThanOrEqualTo(8);
		System.out.println("Targets dashboard SQL statements: " + before);
	}

}
