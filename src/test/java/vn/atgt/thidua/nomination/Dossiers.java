package vn.atgt.thidua.nomination;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.storage.Upload;

/**
 * Object mother for dossiers on the real database, through the real services: a dossier in each state of its
 * life (open, complete, submitted, received, appraised, in a submission), so tests do not copy the steps. Built
 * from the shared context ({@link #in}), so using it builds no new Spring context.
 */
final class Dossiers {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes();

	/** The individual every complete dossier proposes next to its collective. */
	static final String INDIVIDUAL = "Hoàng Văn Thụ";

	final DossierService dossiers;

	final AppraisalService appraisal;

	final SubmissionService submissions;

	private final DossierRepository repository;

	private final JdbcTemplate jdbc;

	final Long bangKhen;

	private Dossiers(ApplicationContext context) {
		this.dossiers = context.getBean(DossierService.class);
		this.appraisal = context.getBean(AppraisalService.class);
		this.submissions = context.getBean(SubmissionService.class);
		this.repository = context.getBean(DossierRepository.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.bangKhen = awardForm(context.getBean(AwardFormRepository.class), "BK_CT_UBND_TINH");
	}

	static Dossiers in(ApplicationContext context) {
		return new Dossiers(context);
	}

	static Long awardForm(AwardFormRepository forms, String code) {
		return forms.findAll().stream().filter(f -> f.getCode().equals(code)).findFirst().orElseThrow().getId();
	}

	/** Rule 5: the nominee's uploaded achievement report confirmed by the agency's director. */
	void confirm(Long id, Long nomineeId, CurrentUser user) {
		this.dossiers.confirmReport(id, version(id), nomineeId, "Nguyễn Văn Xác", "Giám đốc",
				java.time.LocalDate.of(2024, 11, 12), user);
	}

	long version(Long id) {
		return this.repository.findById(id).orElseThrow().getVersion();
	}

	List<Long> nominees(Long id) {
		return this.jdbc.queryForList("select id from nominee where dossier_id = ? order by id", Long.class, id);
	}

	static NomineeSpec collective(String name, Long awardForm) {
		return new NomineeSpec(SubjectType.COLLECTIVE, name, null, null, null, null, awardForm,
				"Kéo giảm tai nạn giao thông 3 tiêu chí", false, false);
	}

	static NomineeSpec individual(String name, Long awardForm) {
		return individual(name, awardForm, null);
	}

	/** An individual; {@code born} tells two people of the same name and unit apart (rule 8). */
	static NomineeSpec individual(String name, Long awardForm, java.time.LocalDate born) {
		return new NomineeSpec(SubjectType.INDIVIDUAL, name, Sex.NAM, "Đội trưởng", "Đội CSGT số 1", born, awardForm,
				"Xuất sắc", false, false);
	}

	/** Every part a dossier needs, for one collective and {@link #INDIVIDUAL}; not submitted. */
	Long complete(Long planId, CurrentUser user, String collective) {
		return complete(planId, user, collective, this.bangKhen);
	}

	/** The same, both nominees proposed for {@code awardForm}. */
	Long complete(Long planId, CurrentUser user, String collective, Long awardForm) {
		Long id = this.dossiers.openFor(planId, user);
		Long c = this.dossiers.addNominee(id, version(id), collective(collective, awardForm), user);
		// each agency's own Hoàng Văn Thụ: the same name and unit, born on another day (rule 8 would refuse a second)
		Long i = this.dossiers.addNominee(id, version(id),
				individual(INDIVIDUAL, awardForm, java.time.LocalDate.of(1980, 1, 1).plusDays(user.agencyId())),
				user);
		for (PartKind kind : List.of(PartKind.TO_TRINH, PartKind.DANH_SACH, PartKind.BIEN_BAN_HOP_HDTDKT)) {
			this.dossiers.uploadPart(id, version(id), kind, null, Upload.of(kind + ".pdf", PDF), user);
		}
		this.dossiers.uploadPart(id, version(id), PartKind.BAO_CAO_THANH_TICH, c, Upload.of("bc1.pdf", PDF), user);
		this.dossiers.uploadPart(id, version(id), PartKind.BAO_CAO_THANH_TICH, i, Upload.of("bc2.pdf", PDF), user);
		confirm(id, c, user);
		confirm(id, i, user);
		return id;
	}

	Long submitted(Long planId, CurrentUser user, String collective, Long awardForm) {
		Long id = complete(planId, user, collective, awardForm);
		this.dossiers.submit(id, version(id), user);
		return id;
	}

	Long submitted(Long planId, CurrentUser user, String collective) {
		Long id = complete(planId, user, collective);
		this.dossiers.submit(id, version(id), user);
		return id;
	}

	Long submitted(Long planId, UserAccount user, String collective) {
		return submitted(planId, user.toCurrentUser(), collective);
	}

	Long received(Long planId, CurrentUser user, String collective, CurrentUser office) {
		Long id = submitted(planId, user, collective);
		this.appraisal.receive(id, version(id), office);
		return id;
	}

	/** Received and appraised with every nominee passing. */
	Long appraised(Long planId, CurrentUser user, String collective, CurrentUser office) {
		Long id = received(planId, user, collective, office);
		this.appraisal.appraise(id, version(id), nominees(id).stream().map(n -> new Verdict(n, true, null)).toList(),
				office);
		return id;
	}

	/** An appraised dossier gathered into a new consolidated submission; returns the submission's id. */
	Long consolidated(Long planId, CurrentUser user, String collective, CurrentUser office) {
		appraised(planId, user, collective, office);
		return this.submissions.consolidate(planId, office);
	}

}
