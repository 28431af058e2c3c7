package vn.atgt.thidua.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.plan.SignAuthority;
import vn.atgt.thidua.plan.PlanDirectory.PlanFacts;
import vn.atgt.thidua.plan.TaskGroupSpec;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.statistics.Counts;

/**
 * Demo year-end reports on the 2024 plan, loaded once into an empty table: the provincial police submitted with
 * figures of its area, Ban ATGT huyện Lộc Bình was returned, Sở Y tế is still drafting.
 */
@Component
@Profile("demo")
@Order(16)
class ReportDemoData implements ApplicationRunner {

	/** The demo seeds a past state: its transitions publish nothing (see discardEvents). */
	private static final Actor SEEDER = Actor.system();

	private final YearEndReportRepository reports;

	private final PlanDirectory plans;

	private final JdbcClient jdbc;

	ReportDemoData(YearEndReportRepository reports, PlanDirectory plans, JdbcClient jdbc) {
		this.reports = reports;
		this.plans = plans;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.reports.count() > 0) {
			return;
		}
		Long planId = this.jdbc.sql("select id from plan_directory where year = 2024 and status = 'PUBLISHED' order by id limit 1")
			.query(Long.class).optional().orElse(null);
		if (planId == null) {
			return;
		}
		PlanFacts plan = this.plans.facts(planId);
		Long police = agency("Công an tỉnh Lạng Sơn");
		if (police != null && plan.hasParticipant(police)) {
			AreaFigures figures = new AreaFigures(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 12, 14),
					new Counts(96, 61, 57), new Counts(112, 68, 63), 2, 9, 31);
			YearEndReport report = YearEndReport.draft(planId, police, content(plan,
					"Tuần tra, kiểm soát, xử lý vi phạm về nồng độ cồn, tốc độ, chở quá tải; phối hợp tuyên truyền tại các trường học.",
					"Tổ chức 146 buổi tuyên truyền cho hơn 21.000 lượt người; phát 35.000 tờ rơi.",
					"Mô hình \"Cổng trường an toàn giao thông\" tại thành phố Lạng Sơn.", figures),
					new ReportParticulars("BỘ CÔNG AN", "CÔNG AN TỈNH LẠNG SƠN", 418, "CAT-PC08", "Lạng Sơn",
							LocalDate.of(2024, 12, 16), SignAuthority.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Hải",
							"Ban ATGT tỉnh (b/c);\nGiám đốc Công an tỉnh (b/c);\nLưu: VT, PC08."),
					at(2024, 12, 10));
			report.submit(plan.reportDueDate(), at(2024, 12, 16), SEEDER, plan.numberSymbol());
			report.discardEvents();
			this.reports.save(report);
		}
		Long locBinh = agency("Ban ATGT huyện Lộc Bình");
		if (locBinh != null && plan.hasParticipant(locBinh)) {
			YearEndReport report = YearEndReport.draft(planId, locBinh, content(plan,
					"Ra quân bảo đảm trật tự an toàn giao thông dịp lễ, Tết.", "Tuyên truyền trên loa truyền thanh xã.",
					null, new AreaFigures(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 12, 14), new Counts(7, 5, 4),
							new Counts(9, 5, 6), null, null, null)),
					new ReportParticulars("UBND HUYỆN LỘC BÌNH", "BAN AN TOÀN GIAO THÔNG", 37, "BATGT", "Lộc Bình",
							LocalDate.of(2024, 12, 23), SignAuthority.KT, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN",
							"Nông Văn Thắng", "Ban ATGT tỉnh (b/c);\nLưu: VT, BATGT."),
					at(2024, 12, 12));
			report.submit(plan.reportDueDate(), at(2024, 12, 23), SEEDER, plan.numberSymbol());
			report.returnForChanges("Chưa báo cáo kết quả nhóm nhiệm vụ cứu hộ, cứu nạn; đề nghị bổ sung.", at(2024, 12, 26),
					SEEDER, plan.numberSymbol());
			report.discardEvents();
			this.reports.save(report);
		}
		Long health = agency("Sở Y tế");
		if (health != null && plan.hasParticipant(health)) {
			this.reports.save(YearEndReport.draft(planId, health, content(plan,
					"Bảo đảm cấp cứu người bị tai nạn giao thông 24/24 giờ.", null, null, null), at(2024, 12, 18)));
		}
	}

	private static ReportContent content(PlanFacts plan, String firstResult, String dissemination, String models,
			AreaFigures figures) {
		Map<Long, String> results = new HashMap<>();
		List<TaskGroupSpec> groups = plan.taskGroups();
		if (!groups.isEmpty()) {
			results.put(groups.get(0).id(), firstResult);
		}
		if (groups.size() > 2) {
			results.put(groups.get(2).id(), "Phối hợp các lực lượng triển khai theo kế hoạch, hoàn thành đúng tiến độ.");
		}
		return new ReportContent(results, dissemination, models, figures, "Chủ động, phối hợp chặt chẽ.",
				"Lực lượng còn mỏng so với địa bàn.", "Địa bàn rộng, đồi núi hiểm trở.",
				"Đề nghị tăng kinh phí cho công tác tuyên truyền.");
	}

	private Long agency(String name) {
		return this.jdbc.sql("select id from agency_directory where name = ?").param(name).query(Long.class).optional()
			.orElse(null);
	}

	private static Instant at(int year, int month, int day) {
		return LocalDateTime.of(year, month, day, 9, 0).atZone(VnDates.ZONE).toInstant();
	}

}
