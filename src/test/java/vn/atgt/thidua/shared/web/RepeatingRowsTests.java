package vn.atgt.thidua.shared.web;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.plan.PlanRepository;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.plan.web.PlanForm;
import vn.atgt.thidua.subplan.SubPlanRepository;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The row buttons of the plan and sub-plan forms (issue 12 item 4): htmx gets only the rows that changed, with what was
 * typed kept and the element to focus named; without script the whole form comes back; nothing is saved either way.
 */
@IntegrationTest
class RepeatingRowsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	PlanRepository planRepository;

	@Autowired
	PlanService plans;

	@Autowired
	PlanDirectory directory;

	@Autowired
	SubPlanRepository subPlans;

	@Test
	void htmxGetsOnlyTheTaskGroupsWithTheNewRowFocusedAndNothingIsSaved() throws Exception {
		long before = this.planRepository.count();
		MvcResult result = this.mvc.perform(planForm(post("/plans/new"), "_row", "addTaskGroup", "taskGroups[0].content",
				"Tuyên truyền đã gõ", "taskGroups[1].content", "Kiểm tra đã gõ").header("HX-Request", "true"))
			.andExpect(status().isOk()).andReturn();
		String html = result.getResponse().getContentAsString();
		assertThat(html).doesNotContain("<html", "<nav", "id=\"plan-form\"", "id=\"target-rows\"")
			.contains("id=\"task-group-rows\"", "data-focus=\"taskGroup-2\"", "id=\"taskGroup-2\"", "id=\"taskGroup-add\"");
		PlanForm form = (PlanForm) result.getModelAndView().getModel().get("planForm");
		assertThat(form.getTaskGroups()).extracting(g -> g.getContent())
			.containsExactly("Tuyên truyền đã gõ", "Kiểm tra đã gõ", null);
		assertThat(form.getTitle()).isEqualTo("Kế hoạch thử nghiệm");
		assertThat(this.planRepository.count()).isEqualTo(before);
	}

	@Test
	void withoutScriptTheWholeFormComesBackWithTheFocusNamed() throws Exception {
		String html = this.mvc.perform(planForm(post("/plans/new"), "_row", "removeTarget:0"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("<html", "id=\"plan-form\"", "id=\"target-rows\"", "id=\"task-group-rows\"",
				"data-focus=\"target-add\"");
	}

	@Test
	void movingATaskGroupKeepsItsTextAndItsIdAndFollowsItWithTheFocus() throws Exception {
		Long id = this.testData.draftPlan(ThreadLocalRandom.current().nextInt(2031, 2100));
		var content = this.plans.content(id);
		Long firstId = this.directory.facts(id).taskGroups().get(0).id();
		MvcResult result = this.mvc.perform(planForm(post("/plans/{id}/edit", id), "year", String.valueOf(content.year()),
				"version", "0", "taskGroups[0].id", String.valueOf(firstId), "taskGroups[0].content", "Thứ nhất",
				"taskGroups[1].content", "Thứ hai", "_row", "downTaskGroup:0").header("HX-Request", "true"))
			.andExpect(status().isOk()).andReturn();
		PlanForm form = (PlanForm) result.getModelAndView().getModel().get("planForm");
		assertThat(form.getTaskGroups()).extracting(g -> g.getContent()).containsExactly("Thứ hai", "Thứ nhất");
		assertThat(form.getTaskGroups().get(1).getId()).isEqualTo(firstId);
		assertThat(result.getResponse().getContentAsString()).contains("data-focus=\"taskGroup-1-up\"",
				"hx-post=\"/plans/" + id + "/edit\"");
		assertThat(this.plans.content(id).taskGroups()).isEqualTo(content.taskGroups());
	}

	@Test
	void aSubPlanStartsWithOneRowOfEachAndGrowsInPlaceWithoutSaving() throws Exception {
		Agency agency = this.testData.agency("Sở Giao thông vận tải hàng " + ThreadLocalRandom.current().nextInt());
		Long planId = this.testData.publishedPlan(ThreadLocalRandom.current().nextInt(2031, 2100), List.of(agency));
		RequestPostProcessor agencyUser = user(this.testData.principal(this.testData.agencyUser(agency)));
		String page = this.mvc.perform(get("/plans/{p}/subplan", planId).with(agencyUser)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"item-0\"", "id=\"assignment-0\"", "id=\"item-add\"", "id=\"assignment-add\"")
			.doesNotContain("id=\"item-1\"", "id=\"assignment-1\"");

		MvcResult result = this.mvc.perform(post("/plans/{p}/subplan", planId).param("items[0].content", "Tuyên truyền")
				.param("assignments[0].unit", "Văn phòng Sở").param("_row", "addItem").header("HX-Request", "true")
				.with(agencyUser).with(csrf()))
			.andExpect(status().isOk()).andReturn();
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("id=\"item-rows\"", "id=\"item-1\"", "data-focus=\"item-1\"")
			.doesNotContain("<html", "id=\"assignment-rows\"");
		var form = result.getModelAndView().getModel().get("subPlanForm");
		assertThat(form).extracting("items").asList().hasSize(2);
		assertThat(form).extracting("assignments").asList().hasSize(1);
		assertThat(this.subPlans.findByPlanIdAndAgencyId(planId, agency.getId())).isEmpty();
	}

	@Test
	void anAgencyOutsideThePlanGetsNotFoundForItsRowButtons() throws Exception {
		Agency inside = this.testData.agency("Sở Tư pháp hàng " + ThreadLocalRandom.current().nextInt());
		Agency outside = this.testData.agency("Sở Nội vụ hàng " + ThreadLocalRandom.current().nextInt());
		Long planId = this.testData.publishedPlan(ThreadLocalRandom.current().nextInt(2031, 2100), List.of(inside));
		this.mvc.perform(post("/plans/{p}/subplan", planId).param("_row", "addItem").header("HX-Request", "true")
				.with(user(this.testData.principal(this.testData.agencyUser(outside)))).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/plans/{p}/subplan", planId).param("_row", "addItem")
				.with(user(this.testData.principal(this.testData.agencyUser(inside)))))
			.andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder planForm(MockHttpServletRequestBuilder request, String... fields) {
		request.param("year", "2040").param("parentBody", "UBND TỈNH LẠNG SƠN").param("issuingBody", "BAN AN TOÀN GIAO THÔNG")
			.param("bodySymbol", "BATGT").param("place", "Lạng Sơn").param("title", "Kế hoạch thử nghiệm")
			.param("signAuthority", "KT").param("targets[0].indicator", "ACCIDENTS")
			.param("targets[0].reductionMinPct", "5");
		for (int i = 0; i + 1 < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request.with(csrf()).with(user(this.testData.principal(this.testData.office())));
	}

}
