package vn.atgt.thidua.nomination;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.atgt.thidua.account.UserAccountRepository;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.agency.AgencyRepository;
import vn.atgt.thidua.demo.DemoDataLoader;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.support.BrowserTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 in Chromium, on the demo accounts and a plan of its own (so it leaves the 2024 journeys alone): the
 * police's dossier with confirmed reports is in; Sở TT&TT proposes the same collective and is refused next to the
 * name; of the two reviewers one recuses and the other scores on the award form's criteria, the office sees the
 * scores side by side and the agency never sees the private note; the office appraises (one nominee fails) and writes its notice, which the police read; the office opens the
 * public disclosure, an anonymous visitor comments, the office triages it and closes the step; the office forwards,
 * sees the prize-money total and prints the draft decision, records the decision and downloads the digital dossier,
 * whose manifest hashes match its files.
 */
class CommendationByTheBookIT extends BrowserTest {

	static final String PASSWORD = DemoDataLoader.DEMO_PASSWORD;

	static final String COLLECTIVE = "Đội Cảnh sát giao thông đường bộ số 1";

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	AwardFormRepository awardForms;

	@Autowired
	AwardFormService awardFormService;

	@Autowired
	PrizeRateService prizeRates;

	@Test
	void theWholeProcedureByTheBook() throws Exception {
		Dossiers mother = Dossiers.in(this.context);
		CurrentUser police = this.testData.currentUser(this.accounts.findWithRolesByUsername("congan").orElseThrow());
		Agency policeAgency = this.agencies.findById(police.agencyId()).orElseThrow();
		Agency information = this.agencies.findById(
				this.accounts.findWithRolesByUsername("sotttt").orElseThrow().getAgencyId()).orElseThrow();
		int year = 2031 + (int) (Math.random() * 60);
		Long plan = this.testData.publishedPlan(year, List.of(policeAgency, information));
		// an award form of this journey's own, with two scoring criteria and its prize coefficients (the demo's forms
		// stay without criteria for the other journeys)
		CurrentUser office = this.testData.currentUser(this.accounts.findWithRolesByUsername("vanphong").orElseThrow());
		AwardForm form = this.awardForms.save(new AwardForm("BK_HANH_TRINH_" + year, "Bằng khen của Chủ tịch UBND tỉnh (đợt "
				+ year + ")", AwardKind.HINH_THUC_KHEN_THUONG, true, true, "Chủ tịch UBND tỉnh"));
		this.awardFormService.saveCriteria(form.getId(), form.getVersion(), List.of(
				new CriterionSpec(null, "Kéo giảm tai nạn giao thông", new java.math.BigDecimal("60"),
						new java.math.BigDecimal("10"), 1),
				new CriterionSpec(null, "Tuyên truyền, phổ biến pháp luật", new java.math.BigDecimal("40"),
						new java.math.BigDecimal("10"), 2)), office);
		for (SubjectType type : SubjectType.values()) {
			this.prizeRates.addCoefficient(form.getId(), type, LocalDate.of(2025, 7, 1),
					new java.math.BigDecimal(type == SubjectType.COLLECTIVE ? "3.0" : "1.5"), office);
		}
		Long dossier = mother.submitted(plan, police, COLLECTIVE, form.getId());
		String dossierUrl = "/nominations/" + dossier;
		String planLabel = this.jdbc.queryForObject("select title from plan where id = ?", String.class, plan);

		// a second agency proposes the same collective, written another way: refused next to the name, typed kept
		signIn("sotttt", PASSWORD);
		open("/nominations");
		new Select(find(By.id("plan-select"))).selectByValue(plan.toString());
		click(By.id("open-dossier"));
		type(By.id("name"), "đội cảnh sát giao thông ĐƯỜNG BỘ SỐ 1");
		new Select(find(By.id("subjectType"))).selectByValue("COLLECTIVE");
		type(By.id("achievement"), "Phối hợp tuyên truyền an toàn giao thông");
		click(By.id("add-nominee"));
		assertThat(text(By.id("name-error"))).contains("đã được cơ quan, đơn vị khác đề nghị");
		assertThat(find(By.id("achievement")).getAttribute("value")).isEqualTo("Phối hợp tuyên truyền an toàn giao thông");
		screenshot("commendation-1-second-agency-refused");

		// the office receives, appraises (the individual fails) and writes the notice
		signIn("vanphong", PASSWORD);
		open(dossierUrl);
		assertThat(text(By.id("nominees"))).contains("Đã xác nhận");
		click(By.id("receive-dossier"));
		for (String reviewer : List.of("Hoàng Văn Minh (thamdinh)", "Đặng Thu Trang (thamdinh2)")) {
			new Select(find(By.id("reviewer-select"))).selectByVisibleText(reviewer);
			click(By.id("assign-reviewer"));
		}
		// one reviewer recuses (a blank reason refused next to the field)
		signIn("thamdinh2", PASSWORD);
		open(dossierUrl);
		click(By.id("recuse"));
		assertThat(text(By.id("reason-error"))).isNotBlank();
		type(By.id("reason"), "Tôi từng công tác tại Phòng Cảnh sát giao thông");
		click(By.id("recuse"));
		open(dossierUrl);
		assertThat(driver.getTitle()).startsWith("Không tìm thấy");
		// the other scores each nominee on the form's criteria (a score over the maximum refused, typed kept)
		signIn("thamdinh", PASSWORD);
		open(dossierUrl);
		for (int n = 1; n <= 2; n++) {
			new Select(find(By.id("opinion-pass-" + n))).selectByValue("true");
			type(By.id("score-" + n + "-1"), n == 1 ? "9" : "6");
			type(By.id("score-" + n + "-2"), "8,5");
		}
		type(By.id("score-2-1"), "12");
		type(By.id("note-input-1"), "Ghi chú riêng: đề nghị xác minh số liệu quý IV");
		click(By.id("record-opinions"));
		assertThat(text(By.id("score-error-2-1"))).isNotBlank();
		assertThat(find(By.id("score-1-1")).getAttribute("value")).isEqualTo("9");
		type(By.id("score-2-1"), "6");
		click(By.id("record-opinions"));
		signIn("congan", PASSWORD);
		open(dossierUrl);
		assertThat(driver.getPageSource()).doesNotContain("Ghi chú riêng").doesNotContain("score-tables");
		// the office sees the scores side by side, without the reviewer who recused
		signIn("vanphong", PASSWORD);
		open(dossierUrl);
		assertThat(text(By.id("scores-1"))).contains("Hoàng Văn Minh").doesNotContain("Đặng Thu Trang");
		assertThat(text(By.id("total-1-1"))).isEqualTo("88,0");
		assertThat(text(By.id("note-1-1"))).contains("Ghi chú riêng");
		assertThat(text(By.id("assigned-reviewers"))).contains("đã từ chối thẩm định")
			.contains("Tôi từng công tác tại Phòng Cảnh sát giao thông");
		screenshot("commendation-1b-scores");
		new Select(find(By.id("appraise-pass-1"))).selectByValue("true");
		new Select(find(By.id("appraise-pass-2"))).selectByValue("false");
		type(By.id("appraise-reason-2"), "Chưa đủ thời gian công tác tại đơn vị");
		click(By.id("appraise-dossier"));
		assertThat(text(By.id("dossier-status"))).isEqualTo("Đã thẩm định");
		click(By.id("issue-notice-2"));
		assertThat(find(By.id("reason")).getAttribute("value")).isEqualTo("Chưa đủ thời gian công tác tại đơn vị");
		type(By.id("issuedOn"), "01/01/2999");
		click(By.id("issue-notice"));
		assertThat(text(By.id("issuedOn-error"))).contains("không được sau hôm nay");
		type(By.id("issuedOn"), VnDates.shortDate(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))));
		click(By.id("issue-notice"));
		assertThat(text(By.id("notice-2"))).contains("/TB-BATGT");
		screenshot("commendation-2-notice");

		// the public disclosure: opened, commented by an anonymous visitor, triaged and closed
		open("/nominations/disclosures");
		new Select(find(By.id("planId"))).selectByValue(plan.toString());
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		type(By.id("opensOn"), VnDates.shortDate(today));
		type(By.id("closesOn"), VnDates.shortDate(today.plusDays(7)));
		click(By.id("open-disclosure"));
		String disclosureUrl = driver.getCurrentUrl();
		Long disclosure = Long.valueOf(disclosureUrl.substring(disclosureUrl.lastIndexOf('/') + 1));
		signOut();
		open("/public/disclosures");
		click(By.cssSelector("#public-disclosures a[href='/public/disclosures/" + disclosure + "']"));
		assertThat(text(By.id("public-disclosure-entries"))).contains(COLLECTIVE).doesNotContain(Dossiers.INDIVIDUAL);
		new Select(find(By.id("entryId"))).selectByVisibleText(COLLECTIVE);
		type(By.id("body"), "Đơn vị đã kéo giảm tai nạn trên Quốc lộ 1A, đề nghị khen thưởng.");
		type(By.id("contact"), "0912 345 678");
		click(By.id("send-comment"));
		assertThat(text(By.cssSelector(".alert-success"))).contains("Đã nhận ý kiến");
		screenshot("commendation-3-public-comment");
		signIn("vanphong", PASSWORD);
		open("/nominations/disclosures/" + disclosure);
		assertThat(text(By.cssSelector(".comment-body"))).contains("Quốc lộ 1A");
		assertThat(find(By.id("close-disclosure")).isEnabled()).isFalse();
		Long comment = this.jdbc.queryForObject("select id from disclosure_comment where disclosure_id = ?", Long.class,
				disclosure);
		new Select(find(By.id("triage-" + comment))).selectByValue("CHECKED");
		type(By.id("note-" + comment), "Đã đối chiếu số liệu tai nạn với Phòng CSGT");
		click(By.id("save-triage-" + comment));
		click(By.id("close-disclosure"));
		assertThat(text(By.id("disclosure-status"))).isEqualTo("Đã kết thúc");

		// forwarded: the prize money on the list and the draft decision
		open("/nominations/submissions");
		new Select(find(By.id("submission-plan"))).selectByValue(plan.toString());
		click(By.id("create-submission"));
		assertThat(text(By.id("submission-rows"))).contains(COLLECTIVE).doesNotContain(Dossiers.INDIVIDUAL);
		assertThat(text(By.id("prize-total"))).endsWith("đồng");
		String submissionPath = path(driver.getCurrentUrl());
		try (PDDocument draft = Loader.loadPDF(download(submissionPath + "/decision.pdf").body())) {
			assertThat(new PDFTextStripper().getText(draft).replaceAll("\\s+", " ")).contains("QUYẾT ĐỊNH")
				.contains(COLLECTIVE).contains("Tổng cộng");
		}
		type(By.id("number"), "88/QĐ-UBND");
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(By.id("date")),
				VnDates.shortDate(today));
		type(By.id("signer"), "Đoàn Thu Hà");
		new Select(find(By.id("decide-pass-1"))).selectByValue("true");
		click(By.id("record-decision"));
		assertThat(text(By.id("decision-summary"))).contains("88/QĐ-UBND");
		screenshot("commendation-4-decided");

		// the digital dossier: every file's size and SHA-256 in the manifest match the file
		HttpResponse<byte[]> bundle = download(submissionPath + "/bundle.zip");
		assertThat(bundle.statusCode()).isEqualTo(200);
		Map<String, byte[]> files = BundleTests.unzip(bundle.body());
		List<String> lines = new String(files.get("manifest.csv"), StandardCharsets.UTF_8).lines().skip(1).toList();
		assertThat(lines).hasSize(files.size() - 1);
		for (String line : lines) {
			String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
			String path = cells[0].replace("\"", "");
			assertThat(Long.parseLong(cells[1])).as(path).isEqualTo(files.get(path).length);
			assertThat(cells[2]).as(path).isEqualTo(BundleTests.sha256(files.get(path)));
		}
		assertThat(files.keySet()).anyMatch(p -> p.endsWith(".pdf") && p.contains("thong-bao-"))
			.contains("04-cong-khai.xlsx");

		// the police read the notice of the nominee that failed
		signIn("congan", PASSWORD);
		open(dossierUrl);
		assertThat(text(By.id("notice-2"))).contains("/TB-BATGT");
		assertThat(planLabel).isNotBlank();
	}

	private static String path(String url) {
		return URI.create(url).getPath();
	}

	/** A file as the signed-in browser would get it (its session cookie). */
	private HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
		Cookie session = driver.manage().getCookieNamed("SESSION");
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Cookie", "SESSION=" + session.getValue()).GET().build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
