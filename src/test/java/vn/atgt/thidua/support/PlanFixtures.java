package vn.atgt.thidua.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import vn.atgt.thidua.plan.Indicator;
import vn.atgt.thidua.plan.PlanContent;
import vn.atgt.thidua.plan.SignAuthority;
import vn.atgt.thidua.plan.TargetSpec;
import vn.atgt.thidua.plan.TaskGroupSpec;

/** Object mother for plan content: a plan shaped like the 2024 seed, with any number of task groups. */
public final class PlanFixtures {

	private PlanFixtures() {
	}

	public static PlanContent content(int year, int taskGroups) {
		List<TaskGroupSpec> groups = IntStream.rangeClosed(1, taskGroups)
			.mapToObj(i -> new TaskGroupSpec(null, "Nhóm " + i, "Nội dung nhóm nhiệm vụ trọng tâm số " + i + " năm " + year + "."))
			.toList();
		return new PlanContent(year, "UBND TỈNH LẠNG SƠN", "BAN AN TOÀN GIAO THÔNG", "BATGT", "Lạng Sơn",
				"Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm " + year,
				"Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn",
				List.of("Quyết định số 186/QĐ-UBATGTQG ngày 06/6/" + year + " của Ủy ban An toàn giao thông Quốc gia"),
				"Ban An toàn giao thông tỉnh xây dựng kế hoạch như sau:", List.of("Kéo giảm tai nạn giao thông."),
				new ArrayList<>(List.of(new TargetSpec(null, Indicator.ACCIDENTS, null, "năm " + (year - 1),
						new BigDecimal("5"), new BigDecimal("10"), null))),
				List.of("Triển khai sâu rộng."), "Các cơ quan thành viên.", "Tập trung thực hiện các nhóm nhiệm vụ sau:",
				groups, LocalDate.of(year, 1, 15), LocalDate.of(year, 12, 31), LocalDate.of(year, 6, 30),
				LocalDate.of(year, 12, 20), LocalDate.of(year, 12, 31), "Các cơ quan thành viên có trách nhiệm:",
				List.of("Gửi kế hoạch thực hiện chậm nhất ngày 30/6/" + year + "."), "Văn phòng Ban ATGT tỉnh có trách nhiệm:",
				List.of("Theo dõi, đôn đốc."), "Trên đây là Kế hoạch./.", List.of("UBND tỉnh (b/c);", "Lưu: VT."),
				SignAuthority.KT, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Dương Công Vĩ");
	}

}
