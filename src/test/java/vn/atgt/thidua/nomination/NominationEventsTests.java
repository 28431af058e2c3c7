package vn.atgt.thidua.nomination;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.storage.Upload;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One full nomination journey, with the audit rows and notifications it leaves: every transition is written by
 * the audit listener and notified by {@link NominationNotifier} after commit, none is lost, none is doubled, and
 * nothing is written for work that was refused.
 */
@IntegrationTest
class NominationEventsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	Dossiers mother;

	Agency agency;

	CurrentUser agencyUser;

	UserAccount officeAccount;

	CurrentUser office;

	Long planId;

	@BeforeEach
	void setUp() {
		this.mother = Dossiers.in(this.context);
		this.agency = this.testData.agency("Công an tỉnh");
		this.agencyUser = this.testData.currentUser(this.testData.agencyUser(this.agency));
		this.officeAccount = this.testData.office();
		this.office = this.testData.currentUser(this.officeAccount);
		this.planId = this.testData.publishedPlan(2040 + (int) (Math.random() * 50), List.of(this.agency));
	}

	List<String> audit(String recordType, Long id) {
		return this.jdbc.queryForList("select action from audit_event where record_type = ? and record_id = ? order by id",
				String.class, recordType, id);
	}

	List<String> notifications(Long dossierId) {
		return this.jdbc.queryForList("""
				select message_key || case when recipient_office then '@office' when recipient_user_id is not null
				then '@user' else '@agency' end from notification where link = ? order by id""", String.class,
				"/nominations/" + dossierId);
	}

	@Test
	void fullJourneyLeavesOneAuditRowPerStepAndEveryNotification() {
		Long id = this.mother.complete(this.planId, this.agencyUser, "Phòng CSGT " + this.planId);
		DossierService dossiers = this.mother.dossiers;
		AppraisalService appraisal = this.mother.appraisal;
		dossiers.submit(id, this.mother.version(id), this.agencyUser);
		appraisal.returnForCompletion(id, this.mother.version(id), "Thiếu chữ ký trên tờ trình", this.office);
		Long part = this.jdbc.queryForObject("select min(id) from dossier_part where dossier_id = ?", Long.class, id);
		dossiers.replacePart(id, this.mother.version(id), part, Upload.of("to-trinh-da-ky.pdf", Dossiers.PDF),
				this.agencyUser);
		dossiers.submit(id, this.mother.version(id), this.agencyUser);
		appraisal.receive(id, this.mother.version(id), this.office);
		UserAccount reviewer = this.testData.reviewer(null);
		appraisal.assignReviewer(id, this.mother.version(id), reviewer.getId(), this.office);
		// assigning the same reviewer again changes nothing and is neither audited nor notified again
		appraisal.assignReviewer(id, this.mother.version(id), reviewer.getId(), this.office);
		List<Long> nominees = this.mother.nominees(id);
		appraisal.recordOpinions(id, this.mother.version(id), List.of(new Verdict(nominees.get(0), true, "Tiêu biểu"),
				new Verdict(nominees.get(1), true, null)), this.testData.currentUser(reviewer));
		// refused (a failure needs a reason): rolled back, so no audit row
		assertThatThrownBy(() -> appraisal.appraise(id, this.mother.version(id),
				List.of(new Verdict(nominees.get(0), true, null), new Verdict(nominees.get(1), false, null)), this.office))
			.hasMessage("nomination.error.appraisalIncomplete");
		appraisal.appraise(id, this.mother.version(id), List.of(new Verdict(nominees.get(0), true, null),
				new Verdict(nominees.get(1), false, "Chưa đủ thời gian công tác")), this.office);
		Long submission = this.mother.submissions.consolidate(this.planId, this.office);
		this.mother.submissions.decide(submission, 0, "163/QĐ-UBND", LocalDate.of(2041, 1, 20), "Hồ Tiến Thiệu",
				List.of(new Verdict(nominees.get(0), true, null)), this.office);
		this.mother.submissions.revoke(nominees.get(0), "9/QĐ-UBND", LocalDate.of(2041, 5, 1), "Hồ Tiến Thiệu",
				"Khai không đúng thành tích", this.office);

		assertThat(audit(DossierService.RECORD, id)).containsExactly("nomination.open", "nomination.nominee.add",
				"nomination.nominee.add", "nomination.part.upload", "nomination.part.upload", "nomination.part.upload",
				"nomination.part.upload", "nomination.part.upload", "nomination.report.confirm",
				"nomination.report.confirm", "nomination.submit", "nomination.return",
				"nomination.part.replace", "nomination.submit", "nomination.receive", "nomination.assign",
				"nomination.opinion", "nomination.appraise", "nomination.forward", "nomination.decide",
				"nomination.revoke");
		assertThat(audit(SubmissionService.RECORD, submission)).containsExactly("nomination.submission.create",
				"nomination.decision");
		assertThat(notifications(id)).containsExactly("nomination.notify.submitted@office",
				"nomination.notify.returned@agency", "nomination.notify.submitted@office",
				"nomination.notify.assigned@user", "nomination.notify.decided@agency");
		// what the rows say: who acted, the status change, the verdicts by name
		assertThat(this.jdbc.queryForObject("""
				select actor || ' ' || (changes -> 0 ->> 'oldValue') || '>' || (changes -> 0 ->> 'newValue')
				from audit_event where record_id = ? and action = 'nomination.return'""", String.class, id))
			.isEqualTo(this.office.displayName() + " SUBMITTED>RETURNED_FOR_COMPLETION");
		assertThat(this.jdbc.queryForObject(
				"select summary from audit_event where record_id = ? and action = 'nomination.appraise'", String.class, id))
			.isEqualTo("Phòng CSGT " + this.planId + ": đạt; " + Dossiers.INDIVIDUAL
					+ ": không đạt (Chưa đủ thời gian công tác)");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from event_publication where completion_date is null and serialized_event like ?",
				Long.class, "%\"dossierId\":" + id + ",%")).isZero();
	}

	@Test
	void awardFormEditIsAuditedWithTheFieldsThatChangedAndNotWhenNothingChanged() {
		AwardFormRepository forms = this.context.getBean(AwardFormRepository.class);
		AwardFormService service = this.context.getBean(AwardFormService.class);
		AwardForm form = forms.findById(Dossiers.awardForm(forms, "GIAY_KHEN")).orElseThrow();
		service.update(form.getId(), form.getVersion(), form.getName(), form.getKind(), form.isForCollective(),
				form.isForIndividual(), form.getDecidedBy(), form.isThematic(), form.isActive(), this.office);
		assertThat(audit("AwardForm", form.getId())).isEmpty();
		AwardForm same = forms.findById(form.getId()).orElseThrow();
		service.update(form.getId(), same.getVersion(), form.getName(), form.getKind(), form.isForCollective(),
				form.isForIndividual(), "Giám đốc Sở " + this.planId, form.isThematic(), form.isActive(), this.office);
		assertThat(this.jdbc.queryForObject("""
				select action || ' ' || (changes -> 0 ->> 'field') || ' ' || (changes -> 0 ->> 'newValue')
				from audit_event where record_type = 'AwardForm' and record_id = ?""", String.class, form.getId()))
			.isEqualTo("nomination.awardForm.edit decidedBy Giám đốc Sở " + this.planId);
		service.update(form.getId(), forms.findById(form.getId()).orElseThrow().getVersion(), form.getName(),
				form.getKind(), form.isForCollective(), form.isForIndividual(), form.getDecidedBy(), form.isThematic(),
				form.isActive(), this.office);
	}

}
