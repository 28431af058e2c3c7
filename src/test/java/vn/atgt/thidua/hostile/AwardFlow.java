package vn.atgt.thidua.hostile;

import java.time.LocalDate;
import java.util.List;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.nomination.AppraisalService;
import vn.atgt.thidua.nomination.AwardForm;
import vn.atgt.thidua.nomination.AwardFormRepository;
import vn.atgt.thidua.nomination.DossierService;
import vn.atgt.thidua.nomination.NomineeSpec;
import vn.atgt.thidua.nomination.PartKind;
import vn.atgt.thidua.nomination.SubjectType;
import vn.atgt.thidua.nomination.SubmissionService;
import vn.atgt.thidua.nomination.Verdict;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.support.TestData;

/** A dossier carried through the whole workflow to a decided award, by the real services. */
final class AwardFlow {

	record Decided(Long planId, Agency agency, UserAccount account, Long dossier, Long nominee, Long submission) {
	}

	private AwardFlow() {
	}

	static Decided decidedAward(TestData data, DossierService dossiers, AppraisalService appraisal,
			SubmissionService submissions, AwardFormRepository awardForms, org.springframework.jdbc.core.JdbcTemplate jdbc,
			int year) {
		Agency agency = data.agency("Sở Khen thưởng");
		Long planId = data.publishedPlan(year, List.of(agency));
		UserAccount account = data.agencyUser(agency);
		CurrentUser user = data.currentUser(account);
		CurrentUser office = data.currentUser(data.office());
		Long form = awardForms.findAll().stream().filter(f -> "BK_CT_UBND_TINH".equals(f.getCode()))
			.map(AwardForm::getId).findFirst().orElseThrow();
		Long dossier = dossiers.openFor(planId, user);
		Long nominee = dossiers.addNominee(dossier, version(jdbc, dossier), new NomineeSpec(SubjectType.COLLECTIVE,
				"Phòng Thanh tra", null, null, null, null, form, "Hoàn thành xuất sắc nhiệm vụ.", false, false), user);
		for (PartKind kind : List.of(PartKind.TO_TRINH, PartKind.DANH_SACH, PartKind.BIEN_BAN_HOP_HDTDKT)) {
			dossiers.uploadPart(dossier, version(jdbc, dossier), kind, null, vn.atgt.thidua.shared.storage.Upload.of(kind + ".pdf", ExactlyOnceTests.PDF), user);
		}
		dossiers.uploadPart(dossier, version(jdbc, dossier), PartKind.BAO_CAO_THANH_TICH, nominee, vn.atgt.thidua.shared.storage.Upload.of("bc.pdf", ExactlyOnceTests.PDF), user);
		dossiers.confirmReport(dossier, version(jdbc, dossier), nominee, "Nguyễn Văn Xác", "Chánh Thanh tra",
				java.time.LocalDate.of(2024, 11, 12), user);
		dossiers.submit(dossier, version(jdbc, dossier), user);
		appraisal.receive(dossier, version(jdbc, dossier), office);
		appraisal.appraise(dossier, version(jdbc, dossier), List.of(new Verdict(nominee, true, null)), office);
		Long submission = submissions.consolidate(planId, office);
		long submissionVersion = jdbc.queryForObject("select version from consolidated_submission where id = ?",
				Long.class, submission);
		submissions.decide(submission, submissionVersion, "77/QĐ-UBND", LocalDate.of(year + 1, 1, 5), "Chủ tịch",
				List.of(new Verdict(nominee, true, null)), office);
		return new Decided(planId, agency, account, dossier, nominee, submission);
	}

	private static long version(org.springframework.jdbc.core.JdbcTemplate jdbc, Long dossier) {
		return jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier);
	}

}
