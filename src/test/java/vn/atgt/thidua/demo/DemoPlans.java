package vn.atgt.thidua.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.atgt.thidua.plan.Indicator;
import vn.atgt.thidua.plan.PlanContent;
import vn.atgt.thidua.plan.SignAuthority;
import vn.atgt.thidua.plan.TargetSpec;
import vn.atgt.thidua.plan.TaskGroupSpec;

/** The two plans of the seed documents: the 2024 plan (seed 000, verbatim) and the 2021 plan seed 001 answers. */
final class DemoPlans {

	static final String THEME_2024 = "Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn";

	static final String THEME_2021 = "Nâng cao hiệu lực, hiệu quả thực thi pháp luật bảo đảm trật tự an toàn giao thông";

	private DemoPlans() {
	}

	static PlanContent plan2024() {
		return new PlanContent(2024, "UBND TỈNH LẠNG SƠN", "BAN AN TOÀN GIAO THÔNG", "BATGT", "Lạng Sơn",
				"Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2024", THEME_2024,
				List.of("Quyết định số 186/QĐ-UBATGTQG ngày 06/6/2024 của Ủy ban An toàn giao thông Quốc gia về việc ban hành Kế hoạch phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2024",
						"Kế hoạch số 11/KH-UBND ngày 17/01/2024 của UBND tỉnh Lạng Sơn về Kế hoạch bảo đảm an toàn giao thông 2024 với chủ đề “Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn”"),
				"Ban An toàn giao thông tỉnh xây dựng kế hoạch phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2024, như sau:",
				List.of("Tạo động lực mạnh mẽ trong hoạt động bảo đảm trật tự an toàn giao thông ở tất cả các lĩnh vực giao thông vận tải để thực hiện hiệu quả chủ đề năm 2024 “Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn”. Các tổ chức, cá nhân thi đua thực hiện các nhiệm vụ chuyên môn được giao, phấn đấu kéo giảm từ 5% - 10% số vụ, số người chết và số người bị thương do tai nạn giao thông so với năm 2023; giảm tai nạn giao thông do nguyên nhân uống rượu, bia điều khiển phương tiện giao thông; giảm tai nạn giao thông đặc biệt nghiêm trọng; giảm tai nạn giao thông liên quan đến xe ô tô kinh doanh vận tải; phòng chống ùn tắc giao thông trên các tuyến đường ra vào khu vực cửa khẩu và trong nội thị thành phố Lạng Sơn.",
						"Nâng cao hiệu lực và hiệu quả công tác quản lý nhà nước và hoạt động thực thi pháp luật trong lĩnh vực bảo đảm trật tự an toàn giao thông; nâng cao nhận thức và ý thức tự giác chấp hành pháp luật của người tham gia giao thông, xây dựng văn hóa giao thông an toàn trong cộng đồng.",
						"Phát huy tinh thần chủ động, tích cực, sáng tạo của các tập thể, cá nhân, thông qua phong trào thi đua, tạo động lực cho toàn thể cán bộ, công chức, viên chức, người tham gia công tác bảo đảm trật tự an toàn giao thông trong các đơn vị, địa phương quyết tâm phấn đấu, rèn luyện phẩm chất đạo đức, nâng cao tinh thần trách nhiệm, chuyên môn nghiệp vụ, thực hiện tốt chủ đề “Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn”.",
						"Kịp thời biểu dương, khen thưởng những tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua."),
				targets2024(),
				List.of("Phong trào thi đua phải được phát động và triển khai sâu rộng, thu hút đông đảo cán bộ, công chức, viên chức và người tham gia công tác bảo đảm trật tự an toàn giao thông hưởng ứng, tham gia thường xuyên, liên tục.",
						"Nội dung, hình thức, phương thức, biện pháp phát động, tổ chức thực hiện phong trào thi đua phải thực chất, hiệu quả, phù hợp với mô hình tổ chức, chức năng nhiệm vụ, quyền hạn và điều kiện cụ thể của đơn vị; kết hợp chặt chẽ giữa thực hiện phong trào thi đua bảo đảm trật tự an toàn giao thông năm 2024 với các phong trào thi đua của tỉnh, các sở, ban, ngành, tổ chức đoàn thể và UBND cấp huyện phát động.",
						"Phối hợp cấp ủy, chính quyền địa phương cũng như các tổ chức Đảng, đoàn thể trong cơ quan, đơn vị nhằm thúc đẩy mạnh mẽ, hiệu quả phong trào thi đua, tạo sự đồng thuận và ý chí quyết tâm cao vượt qua khó khăn; gắn kết công tác bảo đảm TTATGT với sự nghiệp phát triển kinh tế - xã hội của tỉnh và của địa phương.",
						"Nâng cao chất lượng công tác thi đua khen thưởng, phối hợp chặt chẽ kết quả thực hiện phong trào thi đua với khen thưởng; khen thưởng phải dựa trên kết quả thành tích thi đua, bảo đảm kịp thời, chính xác, công khai, công bằng, nhằm động viên tinh thần cùng với khuyến khích bằng lợi ích vật chất, tạo động lực đề tập thể, cá nhân phấn đấu hoàn thành xuất sắc nhiệm vụ được giao; tăng tỷ lệ khen thưởng hợp lý đối với công chức, viên chức và các lực lượng trực tiếp làm công tác bảo đảm TTATGT."),
				"Các tập thể, cá nhân thuộc cơ quan thành viên của Ban ATGT tỉnh, Ban ATGT các huyện, thành phố và triển khai phát động thực hiện đến tất cả các cơ quan, đơn vị, tổ chức, đoàn thể, doanh nghiệp . . . trên địa bàn tỉnh (sau đây gọi tắt là các cơ quan, đơn vị).",
				"Để thực hiện được mục tiêu đề ra trong kế hoạch, các cơ quan, đơn vị, địa phương cần gắn chặt công tác bảo đảm TTATGT với sự nghiệp phát triển kinh tế - xã hội của địa phương, tập trung thực hiện tốt 8 nhóm nhiệm vụ trọng tâm sau:",
				taskGroups2024(), LocalDate.of(2024, 6, 10), LocalDate.of(2024, 12, 31), LocalDate.of(2024, 6, 30),
				LocalDate.of(2024, 12, 20), LocalDate.of(2024, 12, 31),
				"Các cơ quan thành viên của Ban ATGT tỉnh, Ban ATGT các huyện, thành phố có trách nhiệm:",
				List.of("Xây dựng, ban hành kế hoạch tổ chức, thực hiện phong trào thi đua, xác định cụ thể những nhiệm vụ, chỉ tiêu, biện pháp thực hiện phù hợp với yêu cầu, điều kiện của mỗi cơ quan, đơn vị, địa phương. Kế hoạch phát động phong trào thi đua bảo đảm TTATGT gửi Ban ATGT tỉnh chậm nhất ngày 30/6/2024 để tổng hợp, theo dõi.",
						"Phổ biến, quán triệt, tổ chức triển khai thực hiện phong trào thi đua đến toàn thể cán bộ, công chức, viên chức, người lao động thuộc phạm vi quản lý; phối hợp với các cấp ủy, tổ chức Đảng, các đoàn thể tập trung lãnh đạo, tổ chức thực hiện phong trào thi đua đến tận cơ sở; coi phong trào thi đua, công tác khen thưởng là động lực mạnh mẽ để thực hiện các nhiệm vụ chính trị của cơ quan, đơn vị, địa phương.",
						"Hướng dẫn, kiểm tra, đôn đốc các đơn vị, địa phương trực thuộc xây dựng, xác định chỉ tiêu, nhiệm vụ và những biện pháp tổ chức thực hiện phong trào thi đua này phù hợp với yêu cầu, điều kiện thực tế, gắn với thực hiện các nhiệm vụ được giao.",
						"Thường xuyên sâu sát cơ sở để phát hiện, xây dựng, nhân rộng các điển hình tiên tiến; tuyên truyền, tạo sự lan tỏa của các điển hình tiên tiến, gương người tốt, việc tốt, làm nòng cốt cho phong trào thi đua.",
						"Tổ chức tổng kết và bình xét khen thưởng.",
						"Tổng hợp kết quả, gửi báo cáo tổng kết Phong trào và hồ sơ đề nghị khen thưởng (nếu có) về Ban ATGT tỉnh."),
				"Văn Phòng Ban ATGT tỉnh có trách nhiệm:",
				List.of("Theo dõi, đôn đốc, kiểm tra các đơn vị, địa phương tổ chức, triển khai, thực hiện Kế hoạch này.",
						"Kiểm tra việc tổ chức, triển khai thực hiện phong trào thi đua.",
						"Tiếp nhận và rà soát, thẩm định hồ sơ đề nghị khen thưởng của các tập thể, cá nhân có thành tích xuất sắc trong phong trào, trình Ban thi đua - Khen thưởng của tỉnh xét, trình Chủ tịch UBND tỉnh, Trưởng Ban ATGT tỉnh quyết định."),
				"Trên đây là Kế hoạch Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2024. Ban ATGT tỉnh đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
				List.of("VP UBATGTQG;", "UBND tỉnh (b/c);", "Trưởng, PTB ATGT tỉnh;", "Ban Thi đua – Khen thưởng tỉnh;",
						"Cơ quan thành viên Ban ATGT tỉnh;", "Ban ATGT các huyện, TP;", "C, PCVP Ban;", "Lưu: VT."),
				SignAuthority.KT, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Dương Công Vĩ");
	}

	static List<TaskGroupSpec> taskGroups2024() {
		return List.of(new TaskGroupSpec(null, "Lãnh đạo, chỉ đạo", "Nâng cao hiệu lực, hiệu quả công tác lãnh đạo, chỉ đạo, trước hết là tăng cường kiểm tra, đôn đốc việc thực hiện Chỉ thị số 23-CT/TW, Nghị quyết số 48/NQ-CP, Nghị quyết số 149/NQ-CP, Quyết định số 2060/QĐ-TTg, Chỉ thị số 10/CT-TTg, Chỉ thị số 31/CT-TTg và Kế hoạch 689/KH-UBATGTQG. Triển khai có hiệu quả Kế hoạch số 11/KH-UBND ngày 17/01/2024 của UBND tỉnh Lạng Sơn về Kế hoạch bảo đảm an toàn giao thông 2024; Thông báo số 44/TB-UBND ngày 27/01/2024 về Kết luận của đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh, Trưởng Ban An toàn giao thông tỉnh tại Hội nghị tổng kết công tác bảo đảm trật tự an toàn giao thông năm 2023, triển khai nhiệm vụ năm 2024. Tiếp tục kiện toàn chức năng, nhiệm vụ, nâng cao năng lực, hiệu quả hoạt động của Ban ATGT tỉnh, Ban ATGT các huyện, thành phố đáp ứng yêu cầu của tình hình mới."),
				new TaskGroupSpec(null, "Cơ chế, chính sách, pháp luật", "Đẩy mạnh triển khai thực hiện các cơ chế, chính sách pháp luật và các quy định liên quan đến công tác bảo đảm TTATGT, nhằm áp dụng kịp thời, hiệu quả các thành tựu của cuộc cách mạng công nghiệp lần thứ tư vào thực tiễn; lồng ghép mục tiêu bảo đảm trật tự, an toàn giao thông vào các quy hoạch của tỉnh, huyện, quy hoạch sử dụng đất, xây dựng đô thị, nông thôn và các quy hoạch chuyên ngành về giao thông vận tải."),
				new TaskGroupSpec(null, "Kết cấu hạ tầng giao thông", "Bảo đảm tiến độ, chất lượng các dự án đầu tư kết cấu hạ tầng giao thông trọng điểm; tổ chức giao thông khoa học, hợp lý; bảo trì, sửa chữa kết cấu hạ tầng giao thông gắn với rà soát, xử lý dứt điểm các điểm đen, điểm tiềm ẩn tai nạn giao thông; xóa bỏ lối đi tự mở trái phép qua đường sắt; ngăn ngừa theo lộ trình đề ra; xử lý các hoạt động lấn chiếm đường bộ, đường sắt, đường thủy nội địa."),
				new TaskGroupSpec(null, "Phương tiện giao thông", "Nâng cao chất lượng an toàn kỹ thuật và bảo vệ môi trường của phương tiện giao thông vận tải; hoàn thiện hệ thống tiêu chuẩn, quy chuẩn kỹ thuật cho phương tiện, linh kiện, vật liệu và hạ tầng để tạo thuận lợi cho sản xuất, kinh doanh và lưu hành đối với phương tiện thân thiện với môi trường."),
				new TaskGroupSpec(null, "Tái cơ cấu vận tải", "Triển khai thực hiện hiệu quả việc tái cơ cấu vận tải, nâng cao thị phần vận tải đường sắt, giảm dần phụ thuộc vào đường bộ theo chỉ đạo của các cấp, bộ ngành trung ương. Khuyến khích, tạo điều kiện thuận lợi cho đầu tư, phát triển hệ thống vận tải công cộng trong đô thị và liên tỉnh."),
				new TaskGroupSpec(null, "Văn hóa giao thông, tuyên truyền", "Kiên trì xây dựng văn hoá giao thông an toàn đối với tổ chức, cá nhân trong quá trình xây dựng, thực thi pháp luật, cung ứng kết cấu hạ tầng giao thông, phương tiện, dịch vụ vận tải và tham gia giao thông; đổi mới công tác tuyên truyền, phổ biến, giáo dục pháp luật về bảo đảm TTATGT theo hướng lấy thay đổi hành vi làm tiêu chí đánh giá kết quả; đẩy mạnh tuyên truyền trên mạng xã hội và hạ tầng số; vận động, hướng dẫn việc lồng ghép mục tiêu bảo đảm TTATGT vào chương trình, kế hoạch và hoạt động của cơ quan, đơn vị, nhà trường, doanh nghiệp vận tải."),
				new TaskGroupSpec(null, "Thực thi pháp luật, xử lý vi phạm", "Tiếp tục nâng cao năng lực, hiệu quả thực thi pháp luật về bảo đảm TTATGT, tăng cường công tác thanh tra, kiểm tra, xử lý vi phạm bảo đảm TTATGT, đẩy mạnh việc khai thác, sử dụng hệ thống xử lý dữ liệu từ thiết bị giám sát hành trình để phục vụ công tác quản lý vận tải và xử lý vi phạm; tăng cường ứng dụng công nghệ thông tin, bảo đảm khả năng kết nối, sử dụng chung các cơ sở dữ liệu giữa ngành GTVT, Công an, Y tế, Tài chính."),
				new TaskGroupSpec(null, "Cứu hộ, cứu nạn, cứu chữa nạn nhân", "Nâng cao năng lực cứu hộ, cứu nạn, cứu chữa nạn nhân và khắc phục hậu quả TNGT; cải thiện năng lực sơ cứu TNGT cho nhân viên y tế thôn, bản, trạm y tế; nâng cao năng lực chuyên môn, phương tiện, trang thiết bị cho bệnh viện và trung tâm y tế tuyến huyện bảo đảm khả năng tiếp cận hiện trường và cứu chữa đa số thương tích cho nạn nhân tai nạn giao thông."));
	}

	static List<TargetSpec> targets2024() {
		BigDecimal five = new BigDecimal("5");
		BigDecimal ten = new BigDecimal("10");
		return List.of(new TargetSpec(null, Indicator.ACCIDENTS, null, "năm 2023", five, ten, null),
				new TargetSpec(null, Indicator.DEATHS, null, "năm 2023", five, ten, null),
				new TargetSpec(null, Indicator.INJURIES, null, "năm 2023", five, ten, null),
				new TargetSpec(null, Indicator.DRINK_DRIVING_ACCIDENTS, null, "năm 2023", null, null,
						"Giảm tai nạn giao thông do nguyên nhân uống rượu, bia điều khiển phương tiện giao thông"),
				new TargetSpec(null, Indicator.ESPECIALLY_SERIOUS_ACCIDENTS, null, "năm 2023", null, null,
						"Giảm tai nạn giao thông đặc biệt nghiêm trọng"),
				new TargetSpec(null, Indicator.COMMERCIAL_TRANSPORT_ACCIDENTS, null, "năm 2023", null, null,
						"Giảm tai nạn giao thông liên quan đến xe ô tô kinh doanh vận tải"),
				new TargetSpec(null, Indicator.CONGESTION, null, null, null, null,
						"Không để xảy ra ùn tắc giao thông trên các tuyến đường ra vào khu vực cửa khẩu và trong nội thị thành phố Lạng Sơn"));
	}

	/** The 2021 plan (11/KH-BATGT of 26/01/2021) as far as seed 001 tells it; its body follows the same structure. */
	static PlanContent plan2021() {
		PlanContent base = plan2024();
		return new PlanContent(2021, base.parentBody(), base.issuingBody(), base.bodySymbol(), base.place(),
				"Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2021", THEME_2021,
				List.of("Kế hoạch của UBND tỉnh Lạng Sơn về bảo đảm trật tự an toàn giao thông năm 2021 với chủ đề “" + THEME_2021 + "”"),
				"Ban An toàn giao thông tỉnh xây dựng kế hoạch phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2021, như sau:",
				List.of("Tạo động lực mạnh mẽ trong hoạt động bảo đảm trật tự an toàn giao thông ở tất cả các lĩnh vực giao thông vận tải để thực hiện hiệu quả chủ đề năm 2021 “" + THEME_2021 + "”; phấn đấu giảm từ 5% - 10% số vụ, số người chết, số người bị thương do tai nạn giao thông so với năm 2020; giảm tai nạn giao thông do nguyên nhân uống rượu, bia điều khiển phương tiện giao thông; tiếp tục kéo giảm tình trạng ùn tắc giao thông trên một số tuyến đường ra cửa khẩu.",
						"Kịp thời biểu dương, khen thưởng những tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua."),
				List.of(new TargetSpec(null, Indicator.ACCIDENTS, null, "năm 2020", new BigDecimal("5"), new BigDecimal("10"), null),
						new TargetSpec(null, Indicator.DEATHS, null, "năm 2020", new BigDecimal("5"), new BigDecimal("10"), null),
						new TargetSpec(null, Indicator.INJURIES, null, "năm 2020", new BigDecimal("5"), new BigDecimal("10"), null)),
				base.requirements().stream().map(r -> r.replace("2024", "2021")).toList(), base.participants(),
				base.taskGroupsIntro(), base.taskGroups(), LocalDate.of(2021, 1, 26), LocalDate.of(2021, 12, 31),
				LocalDate.of(2021, 6, 30), LocalDate.of(2021, 12, 20), LocalDate.of(2021, 12, 31),
				base.agencyDutiesHeading(),
				base.agencyDuties().stream().map(r -> r.replace("30/6/2024", "30/6/2021")).toList(),
				base.officeDutiesHeading(), base.officeDuties(),
				"Trên đây là Kế hoạch Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2021. Ban ATGT tỉnh đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
				base.recipients(), SignAuthority.KT, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Dương Công Vĩ");
	}

}
