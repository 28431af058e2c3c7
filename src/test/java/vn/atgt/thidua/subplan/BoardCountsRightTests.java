package vn.atgt.thidua.subplan;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.agency.AgencyRepository;
import vn.atgt.thidua.notification.Reminders;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.support.DocumentText;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Follow-up that counts right (issue 14.6) and agencies on the date (14.4): the reminder letter to the agencies
 * chosen with the office's new deadline, the export's title, days late and coverage sheet, ceased agencies marked
 * and never reminded.
 */
@IntegrationTest
class BoardCountsRightTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	PlanDirectory plans;

	@Autowired
	SubPlanService subPlans;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	Reminders reminders;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	record Fixture(Long planId, Agency submitted, Agency drafting, Agency silent) {
	}

	Fixture fixture(int year) {
		Agency submitted = this.testData.agency("Sở Giao thông vận tải");
		Agency drafting = this.testData.agency("Sở Xây dựng");
		Agency silent = this.testData.agency("Ban ATGT huyện Lộc Bình");
		Long planId = this.testData.publishedPlan(year, List.of(submitted, drafting, silent));
		Long group = this.plans.facts(planId).taskGroups().get(0).id();
		SubPlanContent content = new SubPlanContent("01/KH-SGTVT", null, "GIÁM ĐỐC", "Lương Văn Nam", null,
				List.of("Mục đích"), List.of(),
				List.of(new SubPlanItem("Tuyên truyền", List.of(group), "Văn phòng", "Quý II")), List.of(), List.of());
		this.subPlans.save(planId, null, content, true, this.testData.agencyUser(submitted).toCurrentUser());
		this.subPlans.save(planId, null, content, false, this.testData.agencyUser(drafting).toCurrentUser());
		return new Fixture(planId, submitted, drafting, silent);
	}

	private RequestPostProcessor office() {
		return user(this.testData.principal(this.testData.office()));
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	@Test
	void reminderLetterGoesToTheChosenAgenciesWithTheNewDeadline() throws Exception {
		Fixture f = fixture(2022);
		LocalDate deadline = today().plusDays(10);
		byte[] pdf = this.mvc.perform(post("/plans/{p}/board/reminder-letter", f.planId()).with(csrf()).with(office())
				.param("agencyIds", f.silent().getId().toString()).param("newDeadline", deadline.toString())
				.param("format", "PDF"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		String text = DocumentText.pdf(pdf).replaceAll("\\s+", " ");
		String shown = deadline.getDayOfMonth() + "/" + deadline.getMonthValue() + "/" + deadline.getYear();
		assertThat(text).contains(f.silent().getName(), "chậm nhất ngày " + shown).doesNotContain(f.drafting().getName());
		// none chosen: every awaited agency
		byte[] all = this.mvc.perform(post("/plans/{p}/board/reminder-letter", f.planId()).with(csrf()).with(office())
				.param("newDeadline", deadline.toString()).param("format", "DOCX"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(DocumentText.docx(all)).contains(f.silent().getName(), f.drafting().getName())
			.doesNotContain(f.submitted().getName());
	}

	@Test
	void reminderLetterWithoutADeadlineIsRefusedOnTheBoardWithTheChoiceKept() throws Exception {
		Fixture f = fixture(2023);
		this.mvc.perform(post("/plans/{p}/board/reminder-letter", f.planId()).with(csrf()).with(office())
				.param("agencyIds", f.silent().getId().toString()).param("format", "PDF"))
			.andExpect(status().isOk())
			.andExpect(view().name("subplan/board"))
			.andExpect(content().string(containsString("Nhập hạn mới để ghi vào công văn đôn đốc.")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
				.attribute("chosen", Set.of(f.silent().getId())))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*<input[^>]*id=\"urge-"
					+ f.silent().getId() + "\"[^>]*checked[^>]*>.*")));
		this.mvc.perform(post("/plans/{p}/board/reminder-letter", f.planId()).with(csrf()).with(office())
				.param("newDeadline", today().minusDays(1).toString()).param("format", "PDF"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hạn mới không được trước hôm nay.")))
			.andExpect(content().string(containsString("value=\"" + today().minusDays(1) + "\"")));
	}

	@Test
	void exportHasATitleDaysLateAndTheCoverageSheet() throws Exception {
		Fixture f = fixture(2024);
		byte[] xlsx = this.mvc.perform(get("/plans/{p}/board.xlsx", f.planId()).param("state", "NOT_STARTED")
				.with(office()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		List<List<String>> board = sheet(xlsx, 0);
		String number = this.plans.facts(f.planId()).numberSymbol();
		assertThat(board.get(0).get(0)).startsWith("Theo dõi kế hoạch thực hiện – Kế hoạch số " + number + " 10/6/2024");
		assertThat(board.get(1).get(0)).startsWith("Bộ lọc: Chưa lập; sắp xếp: Theo tên cơ quan. Hạn gửi: 30/6/2024.");
		List<String> header = board.stream().filter(r -> r.contains("Cơ quan, đơn vị")).findFirst().orElseThrow();
		List<String> silent = board.get(board.indexOf(header) + 1);
		assertThat(silent.get(header.indexOf("Cơ quan, đơn vị"))).isEqualTo(f.silent().getName());
		long overdue = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2024, 6, 30), today());
		assertThat(silent.get(header.indexOf("Số ngày chậm"))).isEqualTo(String.valueOf(overdue));
		int left = header.indexOf("Số ngày còn lại");
		assertThat(left < silent.size() ? silent.get(left) : "").isEmpty();
		assertThat(board).noneMatch(row -> row.stream().anyMatch(cell -> cell.startsWith("-")));
		List<List<String>> coverage = sheet(xlsx, 1);
		assertThat(coverage.get(1)).contains("Nhóm 1", "Nhóm 8");
		assertThat(coverage.get(coverage.size() - 1).get(1)).isEqualTo("0");
		// English
		byte[] english = this.mvc.perform(get("/plans/{p}/board.xlsx", f.planId()).with(office())
				.header("Accept-Language", "en").param("lang", "en"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(sheet(english, 0).get(0).get(0)).startsWith("Sub-plan follow-up");
	}

	@Test
	void ceasedAgencyIsMarkedAndGetsNoReminders() throws Exception {
		Fixture f = fixture(2025);
		this.transactions.executeWithoutResult(s -> {
			Agency silent = this.agencies.findById(f.silent().getId()).orElseThrow();
			silent.validBetween(null, LocalDate.of(2025, 6, 30));
		});
		this.mvc.perform(get("/plans/{p}/board", f.planId()).with(office()))
			.andExpect(content().string(containsString("Ngừng hoạt động từ 1/7/2025")))
			.andExpect(content().string(not(containsString("id=\"urge-" + f.silent().getId() + "\""))));
		this.reminders.run(today());
		assertThat(this.jdbc.queryForObject("select count(*) from reminder_sent where plan_id = ? and agency_id = ? and kind = 'subplan'",
				Integer.class, f.planId(), f.silent().getId())).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from reminder_sent where plan_id = ? and agency_id = ? and kind = 'subplan'",
				Integer.class, f.planId(), f.drafting().getId())).isOne();
		int urged = this.reminders.urge(f.planId(), "subplan", Set.of(f.silent().getId()),
				this.testData.currentUser(this.testData.office()));
		assertThat(urged).isZero();
		byte[] xlsx = this.mvc.perform(get("/plans/{p}/board.xlsx", f.planId()).with(office()))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(sheet(xlsx, 0).stream().flatMap(List::stream)).contains("Ngừng hoạt động từ 1/7/2025");
	}

	private static List<List<String>> sheet(byte[] xlsx, int index) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheets().toList().get(index);
			for (Row row : sheet.read()) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					cells.add(row.getCell(c) == null ? "" : row.getCellText(c));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

}
