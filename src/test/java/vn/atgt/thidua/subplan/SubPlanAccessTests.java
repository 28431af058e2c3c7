package vn.atgt.thidua.subplan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.shared.storage.Upload;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SubPlanAccessTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	PlanDirectory plans;

	@Autowired
	SubPlanService subPlans;

	@Autowired
	SubPlanAttachments attachments;

	@Autowired
	SubPlanAttachmentRepository attachmentRows;

	record Fixture(Long planId, Long subPlanId, Long attachmentId, UserAccount owner, UserAccount other) {
	}

	Fixture fixture(int year) {
		Agency owner = this.testData.agency("Sở Giao thông vận tải");
		Agency other = this.testData.agency("Sở Xây dựng");
		Long planId = this.testData.publishedPlan(year, List.of(owner, other));
		UserAccount ownerUser = this.testData.agencyUser(owner);
		Long group = this.plans.facts(planId).taskGroups().get(0).id();
		SubPlanContent content = new SubPlanContent("01/KH-SGTVT", null, "GIÁM ĐỐC", "Lương Văn Nam", null,
				List.of("Mục đích"), List.of(), List.of(new SubPlanItem("Tuyên truyền", List.of(group), "Văn phòng", "Quý II")),
				List.of(), List.of());
		Long subPlanId = this.subPlans.save(planId, null, content, false, ownerUser.toCurrentUser());
		Long attachmentId = this.attachments.attach(planId, Upload.of("ke-hoach.pdf", PDF), ownerUser.toCurrentUser());
		return new Fixture(planId, subPlanId, attachmentId, ownerUser, this.testData.agencyUser(other));
	}

	@Test
	void anotherAgencysSubPlanPageAttachmentAndBoardExportAreNotFound() throws Exception {
		Fixture f = fixture(2050);
		RequestPostProcessor other = user(this.testData.principal(f.other()));
		this.mvc.perform(get("/plans/{p}/subplans/{s}", f.planId(), f.subPlanId()).with(other))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/{p}/subplans/{s}/attachments/{a}", f.planId(), f.subPlanId(), f.attachmentId())
				.with(other))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/{p}/board.xlsx", f.planId()).with(other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/{p}/board", f.planId()).with(other)).andExpect(status().isNotFound());
		RequestPostProcessor owner = user(this.testData.principal(f.owner()));
		this.mvc.perform(get("/plans/{p}/subplans/{s}", f.planId(), f.subPlanId()).with(owner))
			.andExpect(status().isOk());
		this.mvc.perform(get("/plans/{p}/board.xlsx", f.planId()).with(owner)).andExpect(status().isNotFound());
	}

	@Test
	void officeExportsTheBoardAsXlsx() throws Exception {
		Fixture f = fixture(2051);
		this.mvc.perform(get("/plans/{p}/board.xlsx", f.planId()).param("state", "DRAFT")
				.with(user(this.testData.principal(this.testData.office()))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(result -> assertThat(result.getResponse().getContentAsByteArray()).startsWith('P', 'K', 3, 4));
	}

	@Test
	void reviewerCannotEditOrReviewAndAgencyCannotAccept() throws Exception {
		Fixture f = fixture(2052);
		RequestPostProcessor reviewer = user(this.testData.principal(this.testData.reviewer(null)));
		this.mvc.perform(post("/plans/{p}/subplan", f.planId()).param("items[0].content", "x").with(reviewer).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/plans/{p}/subplans/{s}/accept", f.planId(), f.subPlanId()).param("version", "0")
				.with(reviewer).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/plans/{p}/subplans/{s}/return", f.planId(), f.subPlanId()).param("version", "0")
				.param("reasons", "x").with(user(this.testData.principal(f.owner()))).with(csrf()))
			.andExpect(status().isForbidden());
		// a reviewer reads only the dossiers put before them, never an agency's sub-plan (issue 16)
		this.mvc.perform(get("/plans/{p}/subplans/{s}", f.planId(), f.subPlanId()).with(reviewer))
			.andExpect(status().isNotFound());
	}

	@Test
	void anonymousIsSentToLoginAndPostWithoutCsrfIsRefused() throws Exception {
		Fixture f = fixture(2053);
		this.mvc.perform(get("/plans/{p}/subplan", f.planId())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/plans/{p}/board", f.planId())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/plans/{p}/subplans/{s}/attachments/{a}", f.planId(), f.subPlanId(), f.attachmentId()))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/plans/{p}/subplan", f.planId()).param("version", "0")
				.with(user(this.testData.principal(f.owner()))))
			.andExpect(status().isForbidden());
	}

	@Test
	void executableRenamedPdfAndOversizedFilesAreRefused() throws Exception {
		Fixture f = fixture(2054);
		RequestPostProcessor owner = user(this.testData.principal(f.owner()));
		byte[] exe = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		this.mvc.perform(multipart("/plans/{p}/subplan/attachments", f.planId())
				.file(new MockMultipartFile("file", "ke-hoach.pdf", "application/pdf", exe)).with(owner).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flashKey("upload.refused.badType.documents"));
		byte[] big = new byte[20 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		this.mvc.perform(multipart("/plans/{p}/subplan/attachments", f.planId())
				.file(new MockMultipartFile("file", "lon.pdf", "application/pdf", big)).with(owner).with(csrf()))
			.andExpect(flashKey("upload.refused.tooLarge"));
		assertThat(this.attachmentRows.findBySubplanIdOrderById(f.subPlanId())).hasSize(1);
	}

	@Test
	void traversalFileNameIsStoredHarmlesslyAndServedUnderItsDisplayedName() throws Exception {
		Fixture f = fixture(2055);
		RequestPostProcessor owner = user(this.testData.principal(f.owner()));
		Path outside = Path.of("target/test-files").toAbsolutePath().getParent().getParent().resolve("x.pdf");
		Files.deleteIfExists(outside);
		this.mvc.perform(multipart("/plans/{p}/subplan/attachments", f.planId())
				.file(new MockMultipartFile("file", "../../x.pdf", "application/pdf", PDF)).with(owner).with(csrf()))
			.andExpect(flashKey("subplan.flash.attached"));
		assertThat(outside).doesNotExist();
		SubPlanAttachment stored = this.attachmentRows.findBySubplanIdOrderById(f.subPlanId()).get(1);
		assertThat(stored.getFileName()).isEqualTo("x.pdf");
		assertThat(stored.getStorageKey()).matches("[0-9a-f]{32}");
		assertThat(stored.getSha256()).hasSize(64);
		this.mvc.perform(get("/plans/{p}/subplans/{s}/attachments/{a}", f.planId(), f.subPlanId(), stored.getId())
				.with(owner))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("x.pdf")))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(".."))))
			.andExpect(content().bytes(PDF));
	}

	static org.springframework.test.web.servlet.ResultMatcher flashKey(String key) {
		return result -> assertThat(((vn.atgt.thidua.shared.web.Flash) result.getFlashMap().get("flash")).key())
			.isEqualTo(key);
	}

}
