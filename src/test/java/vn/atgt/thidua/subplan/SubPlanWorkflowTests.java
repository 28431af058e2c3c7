package vn.atgt.thidua.subplan;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SubPlanWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	PlanDirectory plans;

	@Autowired
	SubPlanRepository subPlans;

	@Test
	void agencyFilesOfficeReturnsAgencyResubmitsOfficeSeesChangesAndAccepts() throws Exception {
		Agency agency = this.testData.agency("Sở Thông tin và Truyền thông");
		Long planId = this.testData.publishedPlan(2040, List.of(agency));
		Long group1 = this.plans.facts(planId).taskGroups().get(0).id();
		RequestPostProcessor agencyUser = user(this.testData.principal(this.testData.agencyUser(agency)));
		RequestPostProcessor office = user(this.testData.principal(this.testData.office()));

		this.mvc.perform(get("/plans/{p}/subplan", planId).with(agencyUser)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhóm 8")));
		this.mvc.perform(form(planId, null, "Tuyên truyền Chỉ thị 18-CT/TW", group1).param("action", "submit")
				.with(agencyUser).with(csrf()))
			.andExpect(redirectedUrl("/plans/" + planId + "/subplan"));
		SubPlan subPlan = this.subPlans.findByPlanIdAndAgencyId(planId, agency.getId()).orElseThrow();
		assertThat(subPlan.getStatus()).isEqualTo(SubPlanStatus.SUBMITTED);
		assertThat(subPlan.getDaysLate()).isZero();

		this.mvc.perform(get("/subplans/review").with(office)).andExpect(status().isOk())
			.andExpect(content().string(containsString("review-queue")));
		this.mvc.perform(get("/plans/{p}/subplans/{s}", planId, subPlan.getId()).with(office))
			.andExpect(content().string(containsString("accept-subplan")));
		this.mvc.perform(post("/plans/{p}/subplans/{s}/return", planId, subPlan.getId()).param("version", "1")
				.param("reasons", " ").with(office).with(csrf()))
			.andExpect(status().isOk()).andExpect(model().attribute("reasonsError", "subplan.validation.reasonsRequired"));
		this.mvc.perform(post("/plans/{p}/subplans/{s}/return", planId, subPlan.getId()).param("version", "1")
				.param("reasons", "Bổ sung đơn vị chủ trì.").with(office).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/plans/{p}/subplan", planId).with(agencyUser))
			.andExpect(content().string(containsString("Bổ sung đơn vị chủ trì.")));

		this.mvc.perform(form(planId, 2L, "Tuyên truyền Chỉ thị 18-CT/TW và Nghị quyết 12/NQ-CP", group1)
				.param("action", "submit").with(agencyUser).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/plans/{p}/subplans/{s}", planId, subPlan.getId()).with(office))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nội dung 1")))
			.andExpect(content().string(containsString("Nghị quyết 12/NQ-CP")));
		this.mvc.perform(post("/plans/{p}/subplans/{s}/accept", planId, subPlan.getId()).param("version", "3")
				.with(office).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.subPlans.findById(subPlan.getId()).orElseThrow().getStatus())
			.isEqualTo(SubPlanStatus.ACCEPTED);
		this.mvc.perform(get("/plans/{p}/board", planId).with(office)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã tiếp nhận")));
	}

	@Test
	void submittingWithAnItemWithoutTaskGroupKeepsWhatWasTyped() throws Exception {
		Agency agency = this.testData.agency("Sở Y tế");
		Long planId = this.testData.publishedPlan(2041, List.of(agency));
		RequestPostProcessor agencyUser = user(this.testData.principal(this.testData.agencyUser(agency)));
		this.mvc.perform(post("/plans/{p}/subplan", planId).param("items[0].content", "Nội dung chưa gắn nhóm")
				.param("action", "submit").with(agencyUser).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("subPlanForm", "items[0].taskGroupIds"))
			.andExpect(content().string(containsString("Nội dung chưa gắn")));
		assertThat(this.subPlans.findByPlanIdAndAgencyId(planId, agency.getId())).isEmpty();
	}

	@Test
	void submissionAfterTheDueDateIsRecordedLate() throws Exception {
		Agency agency = this.testData.agency("Sở Tư pháp");
		Long planId = this.testData.publishedPlan(2020, List.of(agency));
		Long group = this.plans.facts(planId).taskGroups().get(2).id();
		RequestPostProcessor agencyUser = user(this.testData.principal(this.testData.agencyUser(agency)));
		this.mvc.perform(form(planId, null, "Kiểm tra", group).param("action", "submit").with(agencyUser).with(csrf()))
			.andExpect(status().is3xxRedirection());
		SubPlan subPlan = this.subPlans.findByPlanIdAndAgencyId(planId, agency.getId()).orElseThrow();
		assertThat(subPlan.getDaysLate()).isGreaterThan(365);
		RequestPostProcessor office = user(this.testData.principal(this.testData.office()));
		this.mvc.perform(get("/plans/{p}/board", planId).param("state", "LATE").with(office))
			.andExpect(content().string(containsString(agency.getName())))
			.andExpect(content().string(containsString("Đã gửi chậm")));
	}

	static MockHttpServletRequestBuilder form(Long planId, Long version, String item, Long group) {
		MockHttpServletRequestBuilder request = post("/plans/{p}/subplan", planId)
			.param("numberSymbol", "125/KH-STTTT")
			.param("issueDate", "2021-02-05")
			.param("signerTitle", "GIÁM ĐỐC")
			.param("signerName", "Nguyễn Quang Huy")
			.param("purposes", "Phát huy vai trò thành viên Ban ATGT tỉnh.")
			.param("items[0].content", item)
			.param("items[0].taskGroupIds", String.valueOf(group))
			.param("items[0].unit", "Phòng Thông tin – Báo chí – Xuất bản")
			.param("items[0].timeline", "Cả năm")
			.param("assignments[0].unit", "Văn phòng Sở")
			.param("assignments[0].duties", "Tổng hợp, báo cáo.")
			.param("recipients", "Ban An toàn GT tỉnh (B/c);\nLưu: VT, VP.");
		if (version != null) {
			request.param("version", String.valueOf(version));
		}
		return request;
	}

}
