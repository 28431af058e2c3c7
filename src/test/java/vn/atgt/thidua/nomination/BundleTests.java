package vn.atgt.thidua.nomination;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Item 8 of issue 15: the digital dossier of a consolidated submission is one ZIP whose manifest gives every file's
 * size and SHA-256 (checked here against the files themselves), with the tờ trình, the draft decision, the list,
 * each agency's and nominee's parts, the opinions, the notices and the disclosure record; the bundle's own SHA-256
 * is in the audit log; nobody but the office gets it.
 */
@IntegrationTest
class BundleTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DisclosureService disclosures;

	@Autowired
	NoticeService notices;

	Dossiers mother;

	UserAccount agencyUser;

	UserAccount otherUser;

	UserAccount office;

	Long planId;

	@BeforeEach
	void setUp() {
		this.mother = Dossiers.in(this.context);
		Agency agency = this.testData.agency("Công an tỉnh");
		Agency other = this.testData.agency("Sở Giao thông vận tải");
		this.agencyUser = this.testData.agencyUser(agency);
		this.otherUser = this.testData.agencyUser(other);
		this.office = this.testData.office();
		this.planId = this.testData.publishedPlan(2040 + (int) (Math.random() * 50), List.of(agency, other));
	}

	RequestPostProcessor as(UserAccount account) {
		return SecurityMockMvcRequestPostProcessors.user(this.testData.principal(account));
	}

	@Test
	void theBundleHoldsEveryFileWithAManifestWhoseHashesMatchAndIsAudited() throws Exception {
		CurrentUser officeUser = this.office.toCurrentUser();
		// the police: a reviewer's opinions, one nominee failing with its notice
		Long police = this.mother.received(this.planId, this.agencyUser.toCurrentUser(), "Phòng Cảnh sát giao thông",
				officeUser);
		UserAccount reviewer = this.testData.reviewer(null);
		this.mother.appraisal.assignReviewer(police, this.mother.version(police), reviewer.getId(), officeUser);
		List<Long> nominees = this.mother.nominees(police);
		this.mother.appraisal.recordOpinions(police, this.mother.version(police), List.of(
				new Verdict(nominees.get(0), true, "Tiêu biểu"), new Verdict(nominees.get(1), false, "Chưa đủ")),
				this.testData.currentUser(reviewer));
		this.mother.appraisal.appraise(police, this.mother.version(police), List.of(new Verdict(nominees.get(0), true, null),
				new Verdict(nominees.get(1), false, "Chưa đủ thời gian công tác")), officeUser);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		this.notices.issue(police, this.mother.version(police), nominees.get(1),
				this.jdbc.queryForObject("select coalesce(max(number), 0) + 1 from nominee_notice where year = ?",
						Integer.class, today.getYear()), today, "Chưa đủ thời gian công tác", officeUser);
		// the transport department: every nominee passing
		this.mother.appraised(this.planId, this.otherUser.toCurrentUser(), "Thanh tra Sở", officeUser);
		// a disclosure with one comment, triaged and closed
		Long disclosure = this.disclosures.open(this.planId, today, today.plusDays(5), officeUser);
		Long comment = this.disclosures.comment(disclosure, null, "Đồng ý với danh sách", "0912 345 678", "10.9.9.9");
		this.disclosures.triage(disclosure, comment, DisclosureComment.Triage.NOTED, null, officeUser);
		this.disclosures.close(disclosure, this.jdbc.queryForObject("select version from disclosure where id = ?",
				Long.class, disclosure), officeUser);
		Long submission = this.mother.submissions.consolidate(this.planId, officeUser);

		this.mvc.perform(get("/nominations/submissions/{id}/bundle.zip", submission).with(as(this.agencyUser)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/nominations/submissions/{id}/bundle.zip", 999_999L).with(as(this.office)))
			.andExpect(status().isNotFound());
		byte[] zip = this.mvc.perform(get("/nominations/submissions/{id}/bundle.zip", submission).with(as(this.office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		Map<String, byte[]> files = unzip(zip);
		assertThat(files).containsKeys("00-muc-luc.pdf", "01-to-trinh.pdf", "02-du-thao-quyet-dinh.pdf",
				"03-danh-sach.xlsx", "04-cong-khai.xlsx", "manifest.csv");
		assertThat(files.keySet()).anyMatch(p -> p.matches("\\d\\d-cong-an-tinh-.*/to-trinh-\\d+-to_trinh\\.pdf|\\d\\d-cong-an-tinh-.*/to-trinh-.*"))
			.anyMatch(p -> p.matches("\\d\\d-cong-an-tinh-.*/\\d\\d-phong-canh-sat-giao-thong/bao-cao-thanh-tich-.*"))
			.anyMatch(p -> p.matches("\\d\\d-cong-an-tinh-.*/\\d\\d-hoang-van-thu/thong-bao-.*\\.pdf"))
			.anyMatch(p -> p.matches("\\d\\d-cong-an-tinh-.*/y-kien-tham-dinh\\.xlsx"))
			.anyMatch(p -> p.matches("\\d\\d-so-giao-thong-van-tai-.*/\\d\\d-thanh-tra-so/bao-cao-thanh-tich-.*"));
		// every file but the manifest itself is in it, with its size and SHA-256
		List<String> lines = new String(files.get("manifest.csv"), StandardCharsets.UTF_8).lines().skip(1).toList();
		assertThat(lines).hasSize(files.size() - 1);
		for (String line : lines) {
			String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
			String path = cells[0].replace("\"", "");
			assertThat(files).containsKey(path);
			assertThat(Long.parseLong(cells[1])).as(path).isEqualTo(files.get(path).length);
			assertThat(cells[2]).as(path).isEqualTo(sha256(files.get(path)));
		}
		try (PDDocument index = Loader.loadPDF(files.get("00-muc-luc.pdf"))) {
			assertThat(new PDFTextStripper().getText(index)).contains("MỤC LỤC").contains("01-to-trinh.pdf");
		}
		assertThat(this.jdbc.queryForObject("""
				select summary from audit_event where action = 'nomination.bundle.build' and record_id = ?
				order by id desc limit 1""", String.class, submission)).isEqualTo("SHA-256 " + sha256(zip));
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
