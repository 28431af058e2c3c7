package vn.atgt.thidua.shared.storage;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.nomination.DossierRepository;
import vn.atgt.thidua.nomination.DossierService;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.report.FieldworkService;
import vn.atgt.thidua.shared.web.Flash;
import vn.atgt.thidua.subplan.SubPlanContent;
import vn.atgt.thidua.subplan.SubPlanItem;
import vn.atgt.thidua.subplan.SubPlanService;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;
import vn.atgt.thidua.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every upload endpoint of the application, walked the same way: a DOCX-shaped decompression bomb is refused with
 * its message and stores nothing (an XLSX-shaped one on the three imports); hostile names (bidi override, NUL, leading dot, dots only) are stored clean and
 * never give a 500; every download is an audited attachment; another agency gets 404.
 */
@IntegrationTest
class UploadEndpointsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SubPlanService subPlans;

	@Autowired
	FieldworkService fieldwork;

	@Autowired
	DossierService dossiers;

	@Autowired
	DossierRepository dossierRepository;

	@Autowired
	PlanDirectory plans;

	/** One upload endpoint: where to post, as whom, where its files are listed and downloaded, how it is audited. */
	record Endpoint(String name, String uploadUrl, RequestPostProcessor uploader, String[] params, String table,
			String ownerColumn, Long ownerId, Function<Long, String> downloadUrl, RequestPostProcessor reader,
			RequestPostProcessor otherAgency, String auditAction, Long auditRecordId) {
	}

	@Test
	void everyEndpointRefusesADecompressionBombAndStoresNothing() throws Exception {
		byte[] bomb = TestFiles.bomb("word/", 1024);
		for (Endpoint e : endpoints(2061)) {
			long chunks = chunkCount();
			MvcResult result = this.mvc.perform(upload(e, "bao-cao.docx", bomb)).andReturn();
			assertThat(result.getResponse().getStatus()).as(e.name()).isEqualTo(302);
			assertThat(refusal(result)).as(e.name()).isEqualTo("upload.refused.archive");
			assertThat(rows(e)).as(e.name()).isZero();
			assertThat(chunkCount()).as(e.name()).isEqualTo(chunks);
		}
	}

	@Test
	void everyEndpointStoresHostileNamesCleanAndServesThemAsAuditedAttachments() throws Exception {
		String[][] names = { { "bao-cao\u202Efdp.exe.pdf", "bao-caofdp.exe.pdf" }, { "to\u0000trinh.pdf", "totrinh.pdf" },
				{ ".htaccess", "htaccess.pdf" }, { "...", "tep-dinh-kem.pdf" } };
		for (Endpoint e : endpoints(2062)) {
			for (String[] name : names) {
				MvcResult result = this.mvc.perform(upload(e, name[0], TestFiles.PDF)).andReturn();
				assertThat(result.getResponse().getStatus()).as(e.name() + " " + name[1]).isEqualTo(302);
				assertThat(refusal(result)).as(e.name()).isNull();
				Long id = latest(e);
				assertThat(this.jdbc.queryForObject("select " + nameColumn(e) + " from " + e.table() + " where id = ?",
						String.class, id)).as(e.name()).isEqualTo(name[1]);
				this.mvc.perform(get(e.downloadUrl().apply(id)).with(e.reader()))
					.andExpect(status().isOk())
					.andExpect(header().string("Content-Disposition",
							"attachment; filename=\"" + name[1] + "\"; filename*=UTF-8''" + name[1]))
					.andExpect(header().string("Content-Type", "application/pdf"))
					.andExpect(content().bytes(TestFiles.PDF));
				this.mvc.perform(get(e.downloadUrl().apply(id)).with(e.otherAgency())).andExpect(status().isNotFound());
			}
			assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = ? and record_id = ?",
					Long.class, e.auditAction(), e.auditRecordId())).as(e.name()).isEqualTo(names.length);
		}
	}

	@Test
	void everyImportRefusesASpreadsheetBombWithTheMessageAndImportsNothing() throws Exception {
		byte[] bomb = TestFiles.bomb("xl/", 300);
		Agency owner = this.testData.agency("Sở Nội vụ 2064");
		Long planId = this.testData.publishedPlan(2064, List.of(owner));
		Long dossierId = this.dossiers.openFor(planId, this.testData.currentUser(this.testData.agencyUser(owner)));
		RequestPostProcessor office = user(this.testData.principal(this.testData.office()));
		long agencies = count("agency");
		String page = this.mvc.perform(multipart("/agencies/import")
				.file(new MockMultipartFile("file", "co-quan.xlsx", null, bomb)).with(office).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Tệp nén bên trong bất thường");
		assertThat(count("agency")).isEqualTo(agencies);
		page = this.mvc.perform(multipart("/statistics/import")
				.file(new MockMultipartFile("file", "so-lieu.xlsx", null, bomb)).with(office).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Tệp nén bên trong bất thường");
		MvcResult result = this.mvc.perform(multipart("/nominations/{id}/nominees/import", dossierId)
				.file(new MockMultipartFile("file", "ds.xlsx", null, bomb))
				.param("version", String.valueOf(this.dossierRepository.findById(dossierId).orElseThrow().getVersion()))
				.with(as(owner)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(result.getFlashMap().get("importErrors")).asString().contains("Tệp nén bên trong bất thường");
		assertThat(this.jdbc.queryForObject("select count(*) from nominee where dossier_id = ?", Long.class, dossierId))
			.isZero();
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private List<Endpoint> endpoints(int year) throws Exception {
		Agency owner = this.testData.agency("Sở Giao thông vận tải " + year);
		Agency other = this.testData.agency("Sở Xây dựng " + year);
		RequestPostProcessor ownerUser = as(owner);
		RequestPostProcessor otherUser = as(other);
		RequestPostProcessor office = user(this.testData.principal(this.testData.office()));
		Long planId = this.testData.publishedPlan(year, List.of(owner, other));
		Long group = this.plans.facts(planId).taskGroups().get(0).id();
		Long subPlanId = this.subPlans.save(planId, null,
				new SubPlanContent("01/KH-SGTVT", null, "GIÁM ĐỐC", "Lương Văn Nam", null, List.of("Mục đích"),
						List.of(), List.of(new SubPlanItem("Tuyên truyền", List.of(group), "Văn phòng", "Quý II")),
						List.of(), List.of()),
				false, this.testData.currentUser(this.testData.agencyUser(owner)));
		Long inspectionId = this.fieldwork.recordInspection(owner.getId(), LocalDate.of(year, 9, 20), "Đoàn kiểm tra",
				"Kế hoạch thực hiện", "Triển khai đầy đủ", null, this.testData.currentUser(this.testData.office()));
		this.mvc.perform(post("/plans/{id}/report", planId).with(csrf()).with(ownerUser)
				.param("results[" + group + "]", "Tổ chức 12 buổi tuyên truyền").param("dissemination", "Tờ rơi")
				.param("strengths", "Chủ động"))
			.andExpect(status().is3xxRedirection());
		Long reportId = this.jdbc.queryForObject("select id from year_end_report where plan_id = ? and agency_id = ?",
				Long.class, planId, owner.getId());
		Long dossierId = this.dossiers.openFor(planId, this.testData.currentUser(this.testData.agencyUser(owner)));
		return List.of(
				new Endpoint("sub-plan", "/plans/" + planId + "/subplan/attachments", ownerUser, new String[0],
						"subplan_attachment", "subplan_id", subPlanId,
						a -> "/plans/" + planId + "/subplans/" + subPlanId + "/attachments/" + a, ownerUser, otherUser,
						"subplan.attachment.download", subPlanId),
				new Endpoint("inspection", "/inspections/" + inspectionId + "/attachments", office, new String[0],
						"report_attachment", "owner_type = 'INSPECTION' and owner_id", inspectionId,
						a -> "/inspections/" + inspectionId + "/attachments/" + a, ownerUser, otherUser,
						"inspection.attachment.download", inspectionId),
				new Endpoint("year-end report", "/reports/" + reportId + "/attachments", ownerUser, new String[0],
						"report_attachment", "owner_type = 'REPORT' and owner_id", reportId,
						a -> "/reports/" + reportId + "/attachments/" + a, ownerUser, otherUser,
						"yearReport.attachment.download", reportId),
				new Endpoint("dossier part", "/nominations/" + dossierId + "/parts", ownerUser,
						new String[] { "kind", "TO_TRINH" }, "dossier_part", "dossier_id", dossierId,
						a -> "/nominations/" + dossierId + "/parts/" + a, ownerUser, otherUser, "nomination.part.download",
						dossierId));
	}

	private org.springframework.test.web.servlet.RequestBuilder upload(Endpoint e, String name, byte[] bytes) {
		var request = multipart(e.uploadUrl()).file(new MockMultipartFile("file", name, "application/pdf", bytes))
			.with(e.uploader()).with(csrf());
		for (int i = 0; i < e.params().length; i += 2) {
			request.param(e.params()[i], e.params()[i + 1]);
		}
		if (e.table().equals("dossier_part")) {
			request.param("version", String.valueOf(this.dossierRepository.findById(e.ownerId()).orElseThrow().getVersion()));
		}
		return request;
	}

	private static String refusal(MvcResult result) {
		Object upload = result.getFlashMap().get("uploadError");
		if (upload != null) {
			return (String) upload;
		}
		Flash flash = (Flash) result.getFlashMap().get("flash");
		return flash == null || !flash.level().equals("warning") ? null : flash.key();
	}

	private long rows(Endpoint e) {
		return this.jdbc.queryForObject("select count(*) from " + e.table() + " where " + e.ownerColumn() + " = ?",
				Long.class, e.ownerId());
	}

	private Long latest(Endpoint e) {
		return this.jdbc.queryForObject("select max(id) from " + e.table() + " where " + e.ownerColumn() + " = ?",
				Long.class, e.ownerId());
	}

	private static String nameColumn(Endpoint e) {
		return e.table().equals("dossier_part") ? "original_name" : "file_name";
	}

	private long chunkCount() {
		return this.jdbc.queryForObject("select count(*) from stored_file_chunk", Long.class);
	}

	private RequestPostProcessor as(Agency agency) {
		return user(this.testData.principal(this.testData.agencyUser(agency)));
	}

}
