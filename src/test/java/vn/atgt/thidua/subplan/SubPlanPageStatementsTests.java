package vn.atgt.thidua.subplan;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.SqlStatementCounter;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agency's own sub-plan page and the office's view of one sub-plan run a fixed number of statements, at most
 * the page budget of issue 17 (6), whatever the number of items (two sizes).
 */
@IntegrationTest
class SubPlanPageStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	SubPlanService subPlans;

	@Autowired
	PlanDirectory plans;

	@Autowired
	SqlStatementCounter sql;

	long[] countsFor(int year, int items) throws Exception {
		Agency agency = this.testData.agency("Sở Giao thông vận tải " + year);
		Long planId = this.testData.publishedPlan(year, List.of(agency));
		Long group = this.plans.facts(planId).taskGroups().get(0).id();
		List<SubPlanItem> list = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			list.add(new SubPlanItem("Tuyên truyền " + i, List.of(group), "Văn phòng", "Quý II"));
		}
		SubPlanContent content = new SubPlanContent("01/KH-SGTVT", null, "GIÁM ĐỐC", "Lương Văn Nam", null,
				List.of("Mục đích"), List.of(), list, List.of(), List.of());
		var agencyUser = this.testData.agencyUser(agency);
		this.subPlans.save(planId, null, content, true, agencyUser.toCurrentUser());
		Long id = this.subPlans.own(planId, agencyUser.toCurrentUser()).id();
		this.sql.reset();
		this.mvc.perform(get("/plans/{p}/subplan", planId).with(user(this.testData.principal(agencyUser))))
			.andExpect(status().isOk());
		long own = this.sql.count();
		var asOffice = user(this.testData.principal(this.testData.office()));
		this.sql.reset();
		this.mvc.perform(get("/plans/{p}/subplans/{s}", planId, id).with(asOffice)).andExpect(status().isOk());
		long office = this.sql.count();
		return new long[] { own, office };
	}

	@Test
	void bothSubPlanPagesRunAFixedNumberOfStatementsWithinTheBudget() throws Exception {
		long[] small = countsFor(2071, 1);
		long[] large = countsFor(2072, 25);
		assertThat(large).containsExactly(small);
		assertThat(small[0]).as("agency's own sub-plan page").isLessThanOrEqualTo(6);
		assertThat(small[1]).as("office's view of a sub-plan").isLessThanOrEqualTo(6);
	}

}
