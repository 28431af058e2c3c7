package vn.atgt.thidua.plan;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.audit.AuditLog;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The pre-publication checklist on the web: blocking problems stop publication and warnings need a recorded
 * "publish anyway"; rule refusals (issue 12.3) are messages on the same form with what was typed, never the 409 page.
 */
@IntegrationTest
class PlanPublicationCheckTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	PlanService plans;

	@Autowired
	PlanRepository planRepository;

	@Autowired
	AuditLog audit;

	RequestPostProcessor office;

	@BeforeEach
	void signInAsOffice() {
		this.office = user(this.testData.principal(this.testData.office()));
	}

	@Test
	void checklistListsBlockingProblemsAndOffersNoPublishButton() throws Exception {
		Long id = this.testData.draftPlan(2051);
		this.mvc.perform(get("/plans/{id}/publish", id).with(this.office))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa chọn cơ quan tham gia.")))
			.andExpect(content().string(containsString("/plans/" + id + "/participants")))
			.andExpect(content().string(not(containsString("id=\"publish-submit\""))));
	}

	@Test
	void publishingWithoutParticipantsIsRefusedOnTheFormWithNumberAndDateKept() throws Exception {
		Long id = this.testData.draftPlan(2052);
		this.mvc.perform(post("/plans/{id}/publish", id).with(csrf()).with(this.office).param("version", "0")
				.param("number", "77").param("issueDate", this.plans.today().toString()))
			.andExpect(status().isOk())
			.andExpect(view().name("plan/publish"))
			.andExpect(content().string(containsString("Kế hoạch còn vấn đề phải sửa trước khi ban hành.")))
			.andExpect(content().string(containsString("Chưa chọn cơ quan tham gia.")))
			.andExpect(model().attribute("publishForm", org.hamcrest.Matchers.hasProperty("number", org.hamcrest.Matchers.is(77))));
		assertThat(this.planRepository.findById(id).orElseThrow().getStatus()).isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void warningsNeedPublishAnywayWhichIsAudited() throws Exception {
		Agency agency = this.testData.agency("Sở Y tế");
		Long source = this.testData.publishedPlan(2053, List.of(agency));
		Long copy = this.plans.copyToNewDraft(source, 2054, this.testData.currentUser(this.testData.office())).id();
		this.mvc.perform(get("/plans/{id}/publish", copy).with(this.office))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ghi ngày 30/6/2053, khác với «Hạn gửi kế hoạch thực hiện» là 30/6/2054.")))
			.andExpect(content().string(containsString("Chỉ tiêu thứ 1 ghi so với năm 2052; năm trước của kế hoạch là 2053.")))
			.andExpect(content().string(containsString("/plans/" + copy + "/edit#targets0.baselineLabel")));
		this.mvc.perform(post("/plans/{id}/publish", copy).with(csrf()).with(this.office).param("version", "0")
				.param("number", "5").param("issueDate", this.plans.today().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("publishForm", "publishAnyway", "plan.check.overrideRequired"))
			.andExpect(content().string(containsString("hãy sửa, hoặc đánh dấu “vẫn ban hành” để ban hành.")))
			.andExpect(content().string(containsString("value=\"5\"")))
			.andExpect(content().string(containsString("value=\"" + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(this.plans.today()) + "\"")));
		assertThat(this.planRepository.findById(copy).orElseThrow().getStatus()).isEqualTo(PlanStatus.DRAFT);
		this.mvc.perform(post("/plans/{id}/publish", copy).with(csrf()).with(this.office).param("version", "0")
				.param("number", String.valueOf(this.plans.suggestNumber(copy))).param("issueDate", this.plans.today().toString())
				.param("publishAnyway", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.planRepository.findById(copy).orElseThrow().getStatus()).isEqualTo(PlanStatus.PUBLISHED);
		var entry = this.audit.historyOf("Plan", copy).stream()
			.filter(e -> e.getAction().equals("plan.publishAnyway"))
			.findFirst()
			.orElseThrow();
		assertThat(entry.getSummary()).endsWith("/KH-BATGT – ban hành dù còn 2 cảnh báo");
		assertThat(entry.getChanges()).anySatisfy(ch -> assertThat(ch.newValue()).contains("30/6/2053"));
	}

	@Test
	void publishPageOfAPublishedPlanOffersNothing() throws Exception {
		Long id = this.testData.publishedPlan(2055, List.of(this.testData.agency("Sở Tư pháp")));
		this.mvc.perform(get("/plans/{id}/publish", id).with(this.office)).andExpect(status().is3xxRedirection());
	}

	@Test
	void changingTheYearOfAPublishedPlanIsRefusedNextToTheYearWithEverythingKept() throws Exception {
		Long id = this.testData.publishedPlan(2056, List.of(this.testData.agency("Sở Công Thương")));
		long version = this.planRepository.findById(id).orElseThrow().getVersion();
		PlanContent c = PlanFixtures.content(2056, 8);
		var request = post("/plans/{id}/edit", id).with(csrf()).with(this.office)
			.param("version", String.valueOf(version))
			.param("amendmentReason", "Đổi năm theo chỉ đạo")
			.param("year", "2057")
			.param("parentBody", c.parentBody()).param("issuingBody", c.issuingBody())
			.param("bodySymbol", c.bodySymbol()).param("place", c.place())
			.param("title", "Tiêu đề đã sửa").param("startDate", "2056-01-15").param("subPlanDueDate", "2056-06-30")
			.param("endDate", "2056-12-31").param("signAuthority", "KT").param("signerTitle", "PHÓ TRƯỞNG BAN")
			.param("signerName", "Dương Công Vĩ").param("taskGroups[0].content", "Nội dung");
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(view().name("plan/form"))
			.andExpect(model().attributeHasFieldErrorCode("planForm", "year", "plan.validation.yearFixedWhenPublished"))
			.andExpect(content().string(containsString("Kế hoạch đã ban hành không đổi được năm")))
			.andExpect(content().string(containsString("Đổi năm theo chỉ đạo")))
			.andExpect(model().attribute("planForm", org.hamcrest.Matchers.hasProperty("title", org.hamcrest.Matchers.is("Tiêu đề đã sửa"))))
			.andExpect(content().string(containsString("value=\"2057\"")));
		assertThat(this.plans.content(id).year()).isEqualTo(2056);
	}

	@Test
	void removingAParticipantOfAPublishedPlanIsAMessageOnTheSamePage() throws Exception {
		Agency kept = this.testData.agency("Sở Nội vụ");
		Agency added = this.testData.agency("Sở Tài chính");
		Long id = this.testData.publishedPlan(2058, List.of(kept));
		long version = this.planRepository.findById(id).orElseThrow().getVersion();
		this.mvc.perform(post("/plans/{id}/participants", id).with(csrf()).with(this.office)
				.param("version", String.valueOf(version)).param("agencyIds", String.valueOf(added.getId())))
			.andExpect(status().isOk())
			.andExpect(view().name("plan/participants"))
			.andExpect(content().string(containsString("chỉ có thể bổ sung cơ quan tham gia, không thể bớt")))
			.andExpect(model().attribute("selected", Set.of(added.getId())));
		assertThat(this.plans.view(id, this.testData.currentUser(this.testData.office())).participants())
			.extracting(a -> a.id()).containsExactly(kept.getId());
	}

}
