package vn.atgt.thidua.subplan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.support.DocumentText;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SubPlanDocumentTests {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	PlanDirectory plans;

	@Autowired
	SubPlanService subPlans;

	record Fixture(Long planId, Long subPlanId, UserAccount owner, UserAccount other, UserAccount otherWithout) {
	}

	Fixture fixture(int year) {
		Agency owner = this.testData.agency("Sở Thông tin và Truyền thông");
		Agency other = this.testData.agency("Sở Xây dựng");
		Agency without = this.testData.agency("Sở Y tế");
		Long planId = this.testData.publishedPlan(year, List.of(owner, other, without));
		UserAccount ownerUser = this.testData.agencyUser(owner);
		Long group = this.plans.facts(planId).taskGroups().get(0).id();
		SubPlanContent content = new SubPlanContent("05/KH-STTTT", LocalDate.of(year, 7, 2), "Giám đốc",
				"Nguyễn Quang Huy", null, List.of("Phát huy vai trò của thành viên Ban An toàn giao thông tỉnh."),
				List.of(), List.of(new SubPlanItem("Tiếp tục tuyên truyền Chỉ thị số 18-CT/TW.", List.of(group),
						"Văn phòng Sở", "Quý III")),
				List.of(new Assignment("Phòng Thông tin – Báo chí – Xuất bản", List.of("Tham mưu cho lãnh đạo Sở."))),
				List.of("Ban An toàn GT tỉnh (B/c);"));
		Long id = this.subPlans.save(planId, null, content, false, ownerUser.toCurrentUser());
		return new Fixture(planId, id, ownerUser, this.testData.agencyUser(other), this.testData.agencyUser(without));
	}

	@Test
	void agencyDownloadsItsOwnSubPlanAsPdfShapedLikeTheSeed() throws Exception {
		Fixture f = fixture(2060);
		byte[] pdf = this.mvc.perform(get("/plans/{p}/subplan/document.pdf", f.planId())
				.with(user(this.testData.principal(f.owner()))))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("ke-hoach-thuc-hien-2060-so-thong-tin")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(DocumentText.pdf(pdf)).contains("Số: 5/KH-STTTT", "KẾ HOẠCH",
				"Thực hiện phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2060", "MỤC ĐÍCH, YÊU CẦU",
				"Thực hiện Kế hoạch số", "NỘI DUNG THỰC HIỆN", "1. Tiếp tục tuyên truyền Chỉ thị số 18-CT/TW.",
				"TỔ CHỨC THỰC HIỆN", "Phòng Thông tin – Báo chí – Xuất bản", "GIÁM ĐỐC", "Nguyễn Quang Huy",
				"Lưu: VT");
		this.mvc.perform(get("/plans/{p}/subplan", f.planId()).with(user(this.testData.principal(f.owner()))))
			.andExpect(content().string(containsString("/plans/" + f.planId() + "/subplan/document.docx")));
	}

	@Test
	void officeDownloadsTheSubPlanAsDocxFromItsPage() throws Exception {
		Fixture f = fixture(2061);
		RequestPostProcessor office = user(this.testData.principal(this.testData.office()));
		this.mvc.perform(get("/plans/{p}/subplans/{s}", f.planId(), f.subPlanId()).with(office))
			.andExpect(content().string(containsString(
					"/plans/" + f.planId() + "/subplans/" + f.subPlanId() + "/document.docx")));
		byte[] docx = this.mvc.perform(get("/plans/{p}/subplans/{s}/document.docx", f.planId(), f.subPlanId())
				.with(office))
			.andExpect(status().isOk())
			.andExpect(content().contentType(DOCX))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(DocumentText.docx(docx)).contains("KẾ HOẠCH", "Tiếp tục tuyên truyền Chỉ thị số 18-CT/TW.",
				"Nguyễn Quang Huy");
	}

	@Test
	void anotherAgencyGetsNotFoundForBothFormatsAndAnAgencyWithoutSubPlanToo() throws Exception {
		Fixture f = fixture(2062);
		RequestPostProcessor other = user(this.testData.principal(f.other()));
		this.mvc.perform(get("/plans/{p}/subplans/{s}/document.pdf", f.planId(), f.subPlanId()).with(other))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/{p}/subplans/{s}/document.docx", f.planId(), f.subPlanId()).with(other))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/{p}/subplan/document.pdf", f.planId())
				.with(user(this.testData.principal(f.otherWithout()))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/{p}/subplans/{s}/document.pdf", f.planId(), f.subPlanId())
				.with(user(this.testData.principal(f.owner()))))
			.andExpect(status().isOk());
	}

}
