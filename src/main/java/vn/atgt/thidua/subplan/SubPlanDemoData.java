package vn.atgt.thidua.subplan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.agency.AgencyRepository;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.plan.PlanDirectory.PlanFacts;
import vn.atgt.thidua.plan.TaskGroupSpec;
import vn.atgt.thidua.shared.time.VnDates;

/**
 * Demo sub-plans, loaded after the plans once into an empty table: seed 001 fully structured and accepted for
 * 2021; for 2024 agencies in every state of the follow-up board (Sở Thông tin và Truyền thông is left to file).
 */
@Component
@Profile("demo")
@Order(13)
class SubPlanDemoData implements ApplicationRunner {

	static final String OFFICE = "Nguyễn Thị Hà (vanphong)";

	static final Actor OFFICE_ACTOR = new Actor(null, OFFICE, null, null);

	private final SubPlanRepository subPlans;

	private final SubPlanVersionRepository versions;

	private final AgencyRepository agencies;

	private final PlanDirectory plans;

	private final JdbcClient jdbc;

	SubPlanDemoData(SubPlanRepository subPlans, SubPlanVersionRepository versions, AgencyRepository agencies,
			PlanDirectory plans, JdbcClient jdbc) {
		this.subPlans = subPlans;
		this.versions = versions;
		this.agencies = agencies;
		this.plans = plans;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.subPlans.count() > 0) {
			return;
		}
		Long plan2021 = planId(2021);
		Long plan2024 = planId(2024);
		if (plan2021 == null || plan2024 == null) {
			return;
		}
		PlanFacts p21 = this.plans.facts(plan2021);
		file(p21, "Sở Thông tin và Truyền thông", seed001(p21), at(2021, 2, 5, 9), null, at(2021, 2, 9, 15));

		PlanFacts p24 = this.plans.facts(plan2024);
		file(p24, "Công an tỉnh Lạng Sơn", simple(p24, "KH-CAT", "Giám đốc", "Thượng tá Hoàng Văn Phúc", 7, 1),
				at(2024, 6, 14, 10), null, at(2024, 6, 18, 9));
		file(p24, "Sở Giao thông vận tải", simple(p24, "KH-SGTVT", "Giám đốc", "Lương Văn Nam", 3, 4),
				at(2024, 6, 19, 16), null, null);
		file(p24, "Sở Giáo dục và Đào tạo", simple(p24, "KH-SGDĐT", "Giám đốc", "Nguyễn Văn Thắng", 6, 6),
				at(2024, 6, 12, 8), null, null);
		file(p24, "Ban ATGT huyện Lộc Bình", simple(p24, "KH-BATGT", "Trưởng ban", "Hoàng Văn Tuấn", 1, 7),
				at(2024, 6, 13, 14), "Chưa gắn nội dung với nhóm nhiệm vụ cứu hộ, cứu nạn; đề nghị bổ sung đơn vị chủ trì và thời gian thực hiện từng nội dung.",
				null);
		file(p24, "Sở Xây dựng", simple(p24, "KH-SXD", "Giám đốc", "Triệu Văn Hùng", 3, 2), at(2024, 7, 3, 10),
				null, null);
		draft(p24, "Sở Y tế", simple(p24, "KH-SYT", "Giám đốc", "Nông Văn Đức", 8, 6));
		draft(p24, "Tỉnh đoàn Lạng Sơn", simple(p24, "KH-TĐ", "Bí thư", "Lăng Thị Hoa", 6, 6));
	}

	private Long planId(int year) {
		return this.jdbc.sql("select id from plan_directory where year = :year and status <> 'DRAFT' order by id limit 1")
			.param("year", year).query(Long.class).optional().orElse(null);
	}

	private Long agencyId(String name) {
		return this.agencies.findByNameIgnoreCase(name).orElseThrow().getId();
	}

	private void draft(PlanFacts plan, String agency, SubPlanContent content) {
		this.subPlans.save(SubPlan.draft(plan.id(), agencyId(agency), content, at(plan.year(), 6, 15, 9)));
	}

	private void file(PlanFacts plan, String agency, SubPlanContent content, Instant submittedAt, String returnReasons,
			Instant acceptedAt) {
		SubPlan subPlan = this.subPlans.save(SubPlan.draft(plan.id(), agencyId(agency), content,
				submittedAt.minusSeconds(86400)));
		Set<Long> groups = plan.taskGroups().stream().map(TaskGroupSpec::id).collect(Collectors.toSet());
		int late = subPlan.submit(plan.subPlanDueDate(), groups, submittedAt, new Actor(null, agency, null, null), 1);
		this.subPlans.flush();
		this.versions.save(new SubPlanVersion(subPlan.getId(), 1, submittedAt, agency, late, subPlan.snapshot()));
		if (returnReasons != null) {
			subPlan.returnWithReasons(returnReasons, OFFICE_ACTOR, submittedAt.plusSeconds(3 * 86400));
		}
		if (acceptedAt != null) {
			subPlan.accept(OFFICE_ACTOR, acceptedAt);
		}
	}

	private static Instant at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(VnDates.ZONE).toInstant();
	}

	private static Long group(PlanFacts plan, int position) {
		return plan.taskGroups().get(position - 1).id();
	}

	private static SubPlanContent simple(PlanFacts plan, String symbol, String title, String signer, int groupA,
			int groupB) {
		return new SubPlanContent("/" + symbol, LocalDate.of(plan.year(), 6, 12), title.toUpperCase(), signer,
				"Thực hiện Kế hoạch số " + plan.numberSymbol() + " của Ban An toàn giao thông tỉnh Lạng Sơn.",
				List.of("Quán triệt, triển khai phong trào thi đua đến toàn thể cán bộ, công chức, viên chức, người lao động."),
				List.of("100% cán bộ, công chức, viên chức được quán triệt các quy định về trật tự an toàn giao thông."),
				List.of(new SubPlanItem("Tổ chức phát động phong trào thi đua trong toàn đơn vị.", List.of(group(plan, groupA)),
						"Văn phòng", "Tháng 6/" + plan.year()),
						new SubPlanItem("Tuyên truyền, phổ biến pháp luật về trật tự an toàn giao thông.",
								List.of(group(plan, groupB)), "Các phòng chuyên môn", "Cả năm")),
				List.of(new Assignment("Văn phòng", List.of("Theo dõi, tổng hợp, báo cáo kết quả thực hiện."))),
				List.of("Ban ATGT tỉnh (b/c);", "Lưu: VT."));
	}

	/** Seed 001: the 2021 implementation plan of Sở Thông tin và Truyền thông, section by section. */
	private static SubPlanContent seed001(PlanFacts plan) {
		String theme = "“Nâng cao hiệu lực, hiệu quả thực thi pháp luật bảo đảm trật tự an toàn giao thông”";
		return new SubPlanContent("/KH-STTTT", LocalDate.of(2021, 2, 5), "GIÁM ĐỐC", "Nguyễn Quang Huy",
				"Thực hiện Kế hoạch số 11/KH-BATGT ngày 26/01/2021 của Ban An toàn giao thông tỉnh Lạng Sơn về việc Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2021, Sở Thông tin và Truyền thông xây dựng Kế hoạch thực hiện cụ thể như sau:",
				List.of("Phát huy vai trò, nhiệm vụ của thành viên Ban An toàn giao thông tỉnh trong hoạt động bảo đảm trật tự an toàn giao thông ở tất cả các lĩnh vực giao thông vận tải để thực hiện hiệu quả chủ đề năm 2021 " + theme + " Các tổ chức cá nhân thi đua thực hiện các nhiệm vụ chuyên môn được giao, góp phần giảm từ 5% - 10% số vụ, số người chết, số người bị thương do tai nạn giao thông so với năm 2020 giảm tai nạn giao thông do nguyên nhân uống rượu, bia điều khiển phương tiện giao thông; tiếp tục kéo giảm tình trạng ùn tắc giao thông trên một số tuyến đường ra của khẩu.",
						"Quán triệt cho toàn thể công chức, viên chức, người lao động ngành Thông tin và Truyền thông thực hiện tốt chủ đề " + theme + "; Kịp thời đề xuất khen thưởng những tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua; nhắc nhở, phê bình và xử lý theo quy định những tập thể, cá nhân vi phạm an toàn giao thông.",
						"Nội dung, hình thức tổ chức thực hiện phong trào thi đua phải thực chất, hiệu quả, phù hợp với chức năng, nhiệm vụ, quyền hạn, điều kiện của đơn vị và bám sát chủ đề " + theme + "; kết hợp chặt chẽ giữa thực hiện phong trào thi đua bảo đảm trật tự an toàn giao thông năm 2021 với các phong trào thi đua của tỉnh."),
				List.of("Góp phần giảm từ 5% - 10% số vụ, số người chết, số người bị thương do tai nạn giao thông so với năm 2020."),
				List.of(new SubPlanItem("Thi đua gắn với thực hiện các nhiệm vụ chính trị, hoàn thành xuất sắc các chỉ tiêu kế hoạch công tác năm 2021.",
						List.of(group(plan, 1)), "Các phòng chuyên môn, Trung tâm trực thuộc", "Từ khi ban hành Kế hoạch đến hết ngày 31/12/2021"),
						new SubPlanItem("Tiếp tục tuyên truyền Chỉ thị số 18-CT/TW ngày 04/9/2012 của Ban Bí thư Trung ương Đảng về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự, an toàn giao thông đường bộ, đường sắt, đường thủy nội địa và Nghị quyết số 12/NQ-CP ngày 19/02/2019 của Chính phủ về tăng cường bảo đảm trật tự an toàn giao thông và chống ùn tắc giao thông giai đoạn 2019-2021 và các chỉ đạo của Thủ tướng Chính phủ, UBND tỉnh, Ban An toàn giao thông tỉnh về công tác bảo đảm trật tự an toàn giao thông năm 2021.",
								List.of(group(plan, 6), group(plan, 2)), "Phòng Thông tin – Báo chí – Xuất bản", "Năm 2021"),
						new SubPlanItem("Đổi mới và nâng cao hiệu quả công tác tuyên truyền, phổ biến các văn bản quy phạm pháp luật về trật tự an toàn giao thông, trong đó chú trọng vào nâng cao nhận thức và ý thức của người tham gia giao thông về chấp hành pháp luật trật tự an toàn giao thông, nhất là Luật phòng chống tác hại của rượu, bia, Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông vận tải đường bộ và đường sắt; các nội dung tuyên truyền gắn với chủ đề năm 2021 " + theme + ".",
								List.of(group(plan, 6), group(plan, 7)), "Phòng Thông tin – Báo chí – Xuất bản", "Năm 2021")),
				List.of(new Assignment("Phòng Văn hóa và Thông tin các huyện, thành phố", List.of(
						"Tổ chức, phối hợp tuyên truyền các nội dung về trật tự an toàn giao thông năm 2021 theo phân công nhiệm vụ của UBND huyện và các cơ quan có thẩm quyền theo quy định.",
						"Quán triệt tới công chức, viên chức, người lao động thuộc đơn vị về các quy định khi tham gia giao thông đảm bảo theo các quy định về an toàn giao thông hiện hành.",
						"Đề xuất khen thưởng các tập thể, cá nhân có nhiều thành tích cho ngành Thông tin và Truyền thông góp phần thực hiện nhiệm vụ bảo đảm trật tự, an toàn giao thông năm 2021.")),
						new Assignment("Phòng Thông tin – Báo chí – Xuất bản", List.of(
								"Tham mưu cho lãnh đạo Sở, chỉ đạo, hướng dẫn các cơ quan báo chí, hệ thống truyền thanh cơ sở thực hiện tuyên truyền các nội dung nêu Kế hoạch này.")),
						new Assignment("Các phòng chuyên môn và Trung tâm trực thuộc", List.of(
								"Quán triệt tới công chức, viên chức, người lao động thuộc đơn vị về các quy định khi tham gia giao thông đảm bảo theo các quy định về an toàn giao thông hiện hành.")),
						new Assignment("Văn phòng Sở", List.of(
								"Giúp lãnh đạo Sở theo dõi nhiệm vụ các phòng chuyên môn tổ chức thực hiện kế hoạch này; theo dõi công chức, viên chức, người lao động thuộc Sở chấp hành các quy định về an toàn giao thông, báo cáo kịp thời các vấn đề phát sinh để xử lý kịp thời.",
								"Tổng hợp, báo cáo, tham mưu đề xuất khen thưởng các tập thể cá nhân có nhiều thành tích góp phần thực hiện nhiệm vụ bảo đảm trật tự, an toàn giao thông năm 2021 theo yêu cầu của Ban An toàn giao thông tỉnh và cơ quan có thẩm quyền."))),
				List.of("Ban An toàn GT tỉnh (B/c);", "Ban TĐKT tỉnh (B/c);", "Phòng Văn hóa, Thông tin các huyện, TP;",
						"Lãnh đạo Sở;", "Các phòng chuyên môn, Trung tâm;", "Đăng trên trang TTĐT Sở;", "Lưu:VT, VP."));
	}


}
