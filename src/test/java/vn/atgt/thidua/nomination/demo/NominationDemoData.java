package vn.atgt.thidua.nomination.demo;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.account.UserAccountRepository;
import vn.atgt.thidua.nomination.AppraisalService;
import vn.atgt.thidua.nomination.AwardForm;
import vn.atgt.thidua.nomination.AwardFormRepository;
import vn.atgt.thidua.nomination.DossierRepository;
import vn.atgt.thidua.nomination.DossierService;
import vn.atgt.thidua.nomination.NomineeSpec;
import vn.atgt.thidua.nomination.PartKind;
import vn.atgt.thidua.nomination.Sex;
import vn.atgt.thidua.nomination.SubjectType;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.storage.Upload;

/**
 * Demo dossiers for the 2024 plan: Sở Y tế drafting, Sở GTVT submitted, Sở TT&TT returned for its minutes, Công an
 * tỉnh received and under appraisal by thamdinh. Sở Xây dựng is left free for the browser journey.
 */
@Component
@Profile("demo")
@Order(15)
class NominationDemoData implements ApplicationRunner {

	static final byte[] PDF = "%PDF-1.4\n% demo\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private final DossierService dossiers;

	private final AppraisalService appraisal;

	private final DossierRepository repository;

	private final AwardFormRepository awardForms;

	private final UserAccountRepository accounts;

	private final PlanDirectory plans;

	private final java.time.Clock clock;

	NominationDemoData(DossierService dossiers, AppraisalService appraisal, DossierRepository repository,
			AwardFormRepository awardForms, UserAccountRepository accounts, PlanDirectory plans,
			java.time.Clock clock) {
		this.clock = clock;
		this.dossiers = dossiers;
		this.appraisal = appraisal;
		this.repository = repository;
		this.awardForms = awardForms;
		this.accounts = accounts;
		this.plans = plans;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.repository.count() > 0) {
			return;
		}
		Long plan2024 = this.plans.publishedPlanIds().stream().map(this.plans::facts).filter(p -> p.year() == 2024)
			.map(PlanDirectory.PlanFacts::id).findFirst().orElse(null);
		if (plan2024 == null) {
			return;
		}
		Long bangKhen = this.awardForms.findAll().stream().filter(f -> "BK_CT_UBND_TINH".equals(f.getCode()))
			.map(AwardForm::getId).findFirst().orElseThrow();
		CurrentUser office = user("vanphong");

		dossier(plan2024, user("soyte"), bangKhen, "Trung tâm Cấp cứu 115 tỉnh Lạng Sơn", "Nông Thị Hoa",
				"Bác sĩ", "Trung tâm Cấp cứu 115", false);
		Long submitted = dossier(plan2024, user("sogtvt"), bangKhen, "Thanh tra Sở Giao thông vận tải",
				"Hoàng Văn Long", "Chánh Thanh tra", "Thanh tra Sở", true);
		this.dossiers.submit(submitted, version(submitted), user("sogtvt"));
		Long returned = dossier(plan2024, user("sotttt"), bangKhen, "Phòng Thông tin – Báo chí – Xuất bản",
				"Vi Văn Tuấn", "Trưởng phòng", "Phòng Thông tin – Báo chí – Xuất bản", true);
		this.dossiers.submit(returned, version(returned), user("sotttt"));
		this.appraisal.returnForCompletion(returned, version(returned),
				"Bổ sung xác nhận của Thủ trưởng cơ quan vào Báo cáo thành tích của cá nhân.", office);
		Long received = dossier(plan2024, user("congan"), bangKhen, "Phòng Cảnh sát giao thông Công an tỉnh",
				"Lý Văn Cường", "Đội trưởng", "Đội Tuần tra kiểm soát số 1, Phòng CSGT", true);
		this.dossiers.submit(received, version(received), user("congan"));
		this.appraisal.receive(received, version(received), office);
		Long thamdinh = this.accounts.findWithRolesByUsername("thamdinh").orElseThrow().getId();
		this.appraisal.assignReviewer(received, version(received), thamdinh, office);
	}

	/** 25/11/2024, or today when the application's clock is earlier (a journey fixes it in June 2024). */
	private java.time.LocalDate confirmedOn() {
		java.time.LocalDate today = vn.atgt.thidua.shared.time.VnDates.today(this.clock);
		java.time.LocalDate day = java.time.LocalDate.of(2024, 11, 25);
		return today.isBefore(day) ? today : day;
	}

	private Long dossier(Long planId, CurrentUser agency, Long awardForm, String collective, String person,
			String position, String unit, boolean complete) {
		Long id = this.dossiers.openFor(planId, agency);
		Long c = this.dossiers.addNominee(id, version(id), new NomineeSpec(SubjectType.COLLECTIVE, collective, null,
				null, null, null, awardForm, "Hoàn thành xuất sắc nhiệm vụ bảo đảm trật tự, an toàn giao thông năm 2024.",
				false, false), agency);
		Long i = this.dossiers.addNominee(id, version(id), new NomineeSpec(SubjectType.INDIVIDUAL, person, Sex.NAM,
				position, unit, null, awardForm, "Có nhiều đóng góp trong kéo giảm tai nạn giao thông năm 2024.", false,
				false), agency);
		this.dossiers.uploadPart(id, version(id), PartKind.TO_TRINH, null, Upload.of("To-trinh-de-nghi-khen-thuong.pdf", PDF),
				agency);
		this.dossiers.uploadPart(id, version(id), PartKind.DANH_SACH, null, Upload.of("Danh-sach-de-nghi.pdf", PDF), agency);
		this.dossiers.uploadPart(id, version(id), PartKind.BAO_CAO_THANH_TICH, c, Upload.of("Bao-cao-thanh-tich-tap-the.pdf", PDF), agency);
		if (complete) {
			this.dossiers.uploadPart(id, version(id), PartKind.BAO_CAO_THANH_TICH, i, Upload.of("Bao-cao-thanh-tich-ca-nhan.pdf", PDF), agency);
			// rule 5: each report confirmed at the agency (the incomplete demo dossier still lacks its confirmations)
			for (Long nominee : java.util.List.of(c, i)) {
				this.dossiers.confirmReport(id, version(id), nominee, "Hoàng Văn Minh", "Giám đốc", confirmedOn(), agency);
			}
			this.dossiers.uploadPart(id, version(id), PartKind.BIEN_BAN_HOP_HDTDKT, null, Upload.of("Bien-ban-hop-HDTDKT.pdf", PDF), agency);
		}
		return id;
	}

	private long version(Long id) {
		return this.repository.findById(id).orElseThrow().getVersion();
	}

	private CurrentUser user(String username) {
		return this.accounts.findWithRolesByUsername(username).orElseThrow().toCurrentUser();
	}

}
