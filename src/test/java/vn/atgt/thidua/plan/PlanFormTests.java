package vn.atgt.thidua.plan;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.audit.AuditLog;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The office drafts, publishes, amends, closes and copies plans through the forms; bad input is refused. */
@IntegrationTest
class PlanFormTests {

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
	void createsDraftWithEightTaskGroups() throws Exception {
		MvcResult result = this.mvc.perform(validForm(post("/plans/new"), 2040, 8)).andExpect(status().is3xxRedirection()).andReturn();
		Long id = Long.valueOf(result.getResponse().getRedirectedUrl().replace("/plans/", ""));
		PlanContent content = this.plans.content(id);
		assertThat(content.taskGroups()).hasSize(8);
		assertThat(content.title()).isEqualTo("Kế hoạch thử nghiệm năm 2040");
		assertThat(content.legalBases()).containsExactly("Quyết định số 1", "Kế hoạch số 2");
		assertThat(this.audit.historyOf("Plan", id)).extracting(e -> e.getAction()).contains("plan.create");
	}

	@Test
	void refusesMissingTitleAndKeepsWhatWasTyped() throws Exception {
		this.mvc.perform(validForm(post("/plans/new"), 2040, 2, "title", "", "theme", "Chủ đề đã gõ"))
			.andExpect(status().isOk())
			.andExpect(view().name("plan/form"))
			.andExpect(model().attributeHasFieldErrorCode("planForm", "title", "NotBlank"))
			.andExpect(content().string(containsString("Không được để trống.")))
			.andExpect(model().attribute("planForm", org.hamcrest.Matchers.hasProperty("theme", org.hamcrest.Matchers.is("Chủ đề đã gõ"))))
			.andExpect(content().string(containsString("value=\"Chủ đề đ&atilde; g&otilde;\"")));
	}

	@Test
	void refusesDatesOutOfOrder() throws Exception {
		this.mvc.perform(validForm(post("/plans/new"), 2040, 2, "subPlanDueDate", "2040-01-01",
				"startDate", "2040-02-01"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("planForm", "subPlanDueDate", "plan.validation.subPlanDueBeforeStart"))
			.andExpect(content().string(containsString("Hạn gửi kế hoạch thực hiện không được trước ngày bắt đầu.")));
		this.mvc.perform(validForm(post("/plans/new"), 2040, 2, "endDate", "2040-05-01"))
			.andExpect(model().attributeHasFieldErrorCode("planForm", "endDate", "plan.validation.endBeforeSubPlanDue"));
	}

	@Test
	void refusesReductionRangeOutsideBoundsOrReversed() throws Exception {
		this.mvc.perform(validForm(post("/plans/new"), 2040, 2, "targets[0].reductionMinPct", "12",
				"targets[0].reductionMaxPct", "10"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("planForm", "targets[0].reductionMaxPct", "plan.validation.minAboveMax"));
		this.mvc.perform(validForm(post("/plans/new"), 2040, 2, "targets[0].reductionMaxPct", "120"))
			.andExpect(model().attributeHasFieldErrorCode("planForm", "targets[0].reductionMaxPct", "DecimalMax"));
		this.mvc.perform(validForm(post("/plans/new"), 2040, 2, "targets[0].reductionMinPct", "-1"))
			.andExpect(model().attributeHasFieldErrorCode("planForm", "targets[0].reductionMinPct", "DecimalMin"));
	}

	@Test
	void nulByteIsAFieldErrorNotAServerError() throws Exception {
		this.mvc.perform(validForm(post("/plans/new"), 2040, 2, "title", "Kế hoạch\u0000"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("planForm", "title", "typeMismatch"));
	}

	@Test
	void storesDecomposedInputAsNfc() throws Exception {
		String decomposed = Normalizer.normalize("Kế hoạch Đường bộ năm 2041", Normalizer.Form.NFD);
		MvcResult result = this.mvc.perform(validForm(post("/plans/new"), 2041, 1, "title", decomposed))
			.andExpect(status().is3xxRedirection()).andReturn();
		Long id = Long.valueOf(result.getResponse().getRedirectedUrl().replace("/plans/", ""));
		String stored = this.plans.content(id).title();
		assertThat(stored).isEqualTo("Kế hoạch Đường bộ năm 2041");
		assertThat(Normalizer.isNormalized(stored, Normalizer.Form.NFC)).isTrue();
	}

	@Test
	void rowButtonsAddAndRemoveTaskGroupsWithoutSaving() throws Exception {
		long before = this.planRepository.count();
		this.mvc.perform(validForm(post("/plans/new"), 2040, 2, "_row", "addTaskGroup"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("planForm", org.hamcrest.Matchers.hasProperty("taskGroups", org.hamcrest.Matchers.hasSize(3))));
		this.mvc.perform(validForm(post("/plans/new"), 2040, 2, "_row", "removeTaskGroup:0"))
			.andExpect(model().attribute("planForm", org.hamcrest.Matchers.hasProperty("taskGroups", org.hamcrest.Matchers.hasSize(1))));
		assertThat(this.planRepository.count()).isEqualTo(before);
	}

	@Test
	void secondEditorGetsConflictAndOverwritesNothing() throws Exception {
		Long id = this.testData.draftPlan(2042);
		this.mvc.perform(validForm(post("/plans/{id}/edit", id), 2042, 2, "version", "0", "title", "Bản của người thứ nhất"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(validForm(post("/plans/{id}/edit", id), 2042, 2, "version", "0", "title", "Bản của người thứ hai"))
			.andExpect(status().isConflict())
			.andExpect(view().name("error/409"))
			.andExpect(content().string(containsString("vừa được người khác thay đổi")));
		assertThat(this.plans.content(id).title()).isEqualTo("Bản của người thứ nhất");
	}

	/**
	 * The register of outgoing documents (issue 13.3): a number is unique per body, type and year of issue; a taken
	 * one is refused next to the field with the next free number named and the typed values kept, the same number in
	 * another year of issue is accepted. An issue date after today or after the plan's end is refused.
	 */
	@Test
	void numbersAreUniquePerYearOfIssueAndTheIssueDateIsNotInTheFuture() throws Exception {
		Agency agency = this.testData.agency("Sở Y tế");
		java.time.LocalDate today = this.plans.today();
		Long first = this.testData.draftPlan(2043);
		Long second = this.testData.draftPlan(2043);
		for (Long id : List.of(first, second)) {
			this.plans.chooseParticipants(id, 0, java.util.Set.of(agency.getId()), this.testData.currentUser(this.testData.office()));
		}
		// free in this year's register and in last year's, so that both publications below prove the rule
		int number = Math.max(this.plans.suggestNumber(first, today.getYear()),
				this.plans.suggestNumber(first, today.getYear() - 1));
		this.mvc.perform(publish(first, number, today.toString())).andExpect(status().is3xxRedirection());

		this.mvc.perform(publish(second, number, today.toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("publishForm", "number", "plan.validation.numberTaken"))
			.andExpect(model().attribute("publishForm", org.hamcrest.Matchers.hasProperty("number", org.hamcrest.Matchers.is(number))))
			.andExpect(content().string(containsString("Số này đã có trong sổ văn bản đi năm " + today.getYear())))
			.andExpect(content().string(containsString("số tiếp theo còn trống là " + (number + 1))));
		this.mvc.perform(publish(second, number, today.plusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("publishForm", "issueDate", "plan.validation.issueDateFuture"));
		assertThat(this.planRepository.findById(second).orElseThrow().getStatus()).isEqualTo(PlanStatus.DRAFT);

		// the same number in the register of another year of issue
		String lastYear = today.minusYears(1).withDayOfYear(20).toString();
		this.mvc.perform(publish(second, number, lastYear)).andExpect(status().is3xxRedirection());
		Plan published = this.planRepository.findById(second).orElseThrow();
		assertThat(published.getStatus()).isEqualTo(PlanStatus.PUBLISHED);
		assertThat(published.getIssueDate().getYear()).isEqualTo(today.getYear() - 1);
	}

	@Test
	void aPlanIsNotIssuedAfterItEnds() throws Exception {
		Long id = this.testData.draftPlan(2020);
		this.plans.chooseParticipants(id, 0, java.util.Set.of(this.testData.agency("Sở Nội vụ").getId()),
				this.testData.currentUser(this.testData.office()));
		this.mvc.perform(publish(id, 901, "2021-02-01"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("publishForm", "issueDate", "plan.validation.issueDateAfterEnd"))
			.andExpect(content().string(containsString("Kế hoạch kết thúc ngày 31/12/2020")));
		assertThat(this.planRepository.findById(id).orElseThrow().getStatus()).isEqualTo(PlanStatus.DRAFT);
	}

	private MockHttpServletRequestBuilder publish(Long id, int number, String issueDate) {
		return post("/plans/{id}/publish", id).with(csrf()).with(this.office).param("version", "1")
			.param("number", String.valueOf(number)).param("issueDate", issueDate).param("publishAnyway", "true");
	}

	@Test
	void amendmentNeedsReasonAndIsRecorded() throws Exception {
		Long id = this.testData.publishedPlan(2044, List.of(this.testData.agency("Sở Tư pháp")));
		long version = this.planRepository.findById(id).orElseThrow().getVersion();
		this.mvc.perform(validForm(post("/plans/{id}/edit", id), 2044, 8, "version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("planForm", "amendmentReason", "plan.validation.amendmentReasonRequired"));
		this.mvc.perform(validForm(post("/plans/{id}/edit", id), 2044, 8, "version", String.valueOf(version),
				"amendmentReason", "Sửa tên theo ý kiến Trưởng ban"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/plans/{id}", id).with(this.office))
			.andExpect(content().string(containsString("Sửa tên theo ý kiến Trưởng ban")));
		assertThat(this.audit.historyOf("Plan", id)).extracting(e -> e.getAction()).contains("plan.amend");
	}

	@Test
	void closesAndCopiesIntoNextYearsDraft() throws Exception {
		Long id = this.testData.publishedPlan(2045, List.of(this.testData.agency("Sở Công Thương")));
		long version = this.planRepository.findById(id).orElseThrow().getVersion();
		this.mvc.perform(post("/plans/{id}/close", id).with(csrf()).with(this.office).param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.planRepository.findById(id).orElseThrow().getStatus()).isEqualTo(PlanStatus.CLOSED);
		MvcResult copy = this.mvc.perform(post("/plans/{id}/copy", id).with(csrf()).with(this.office).param("year", "2046"))
			.andExpect(status().is3xxRedirection()).andReturn();
		Long copyId = Long.valueOf(copy.getResponse().getRedirectedUrl().replace("/plans/", "").replace("/edit", ""));
		Plan draft = this.planRepository.findWithTaskGroupsById(copyId).orElseThrow();
		assertThat(draft.getStatus()).isEqualTo(PlanStatus.DRAFT);
		assertThat(draft.getYear()).isEqualTo(2046);
		assertThat(draft.getTaskGroups()).hasSize(8);
	}

	/** A complete, valid plan form; {@code overrides} are name/value pairs replacing or adding fields. */
	private MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request, int year, int taskGroups,
			String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("year", String.valueOf(year));
		fields.put("parentBody", "UBND TỈNH LẠNG SƠN");
		fields.put("issuingBody", "BAN AN TOÀN GIAO THÔNG");
		fields.put("bodySymbol", "BATGT");
		fields.put("place", "Lạng Sơn");
		fields.put("title", "Kế hoạch thử nghiệm năm " + year);
		fields.put("theme", "Thượng tôn pháp luật");
		fields.put("legalBases", "Quyết định số 1\n\nKế hoạch số 2\n");
		fields.put("purposes", "Kéo giảm tai nạn");
		fields.put("startDate", year + "-01-15");
		fields.put("subPlanDueDate", year + "-06-30");
		fields.put("endDate", year + "-12-31");
		fields.put("signAuthority", "KT");
		fields.put("signerHeadTitle", "TRƯỞNG BAN");
		fields.put("signerTitle", "PHÓ TRƯỞNG BAN");
		fields.put("signerName", "Dương Công Vĩ");
		fields.put("targets[0].indicator", "ACCIDENTS");
		fields.put("targets[0].reductionMinPct", "5");
		fields.put("targets[0].reductionMaxPct", "10");
		for (int i = 0; i < taskGroups; i++) {
			fields.put("taskGroups[" + i + "].content", "Nhóm nhiệm vụ số " + (i + 1));
		}
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		request.with(csrf()).with(this.office);
		fields.forEach(request::param);
		return request;
	}

}
