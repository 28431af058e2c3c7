package vn.atgt.thidua.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.account.AccountDirectory;
import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.audit.AuditLog;
import vn.atgt.thidua.shared.events.FieldChange;
import vn.atgt.thidua.notification.Notifications;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.security.Role;
import vn.atgt.thidua.shared.domain.NotFoundException;

/** The office's inbox and appraisal steps, and the reviewers' opinions. Callers are checked by role on the controller. */
@Service
@Transactional
public class AppraisalService {

	private final DossierRepository dossiers;

	private final DossierService access;

	private final WorkingCalendar calendar;

	private final AuditLog audit;

	private final Clock clock;

	private final Notifications notifications;

	private final PlanDirectory plans;

	private final AgencyDirectory agencies;

	private final AccountDirectory accounts;

	AppraisalService(DossierRepository dossiers, DossierService access, WorkingCalendar calendar, AuditLog audit,
			Clock clock, Notifications notifications, PlanDirectory plans, AgencyDirectory agencies,
			AccountDirectory accounts) {
		this.accounts = accounts;
		this.notifications = notifications;
		this.plans = plans;
		this.agencies = agencies;
		this.dossiers = dossiers;
		this.access = access;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/** Submitted dossiers first, with the working days left of their appraisal time limit (three statements). */
	@Transactional(readOnly = true)
	public Page<DossierRow> inbox(Pageable pageable) {
		// the count always runs, so the page costs the same number of statements however many dossiers there are
		Page<DossierRow> page = new PageImpl<>(this.dossiers.findInbox(pageable), pageable, this.dossiers.countInbox());
		WorkingDays days = this.calendar.load();
		LocalDate today = this.calendar.today();
		return page.map(row -> row.appraisalDueOn() == null ? row
				: row.withDaysLeft(days.daysLeft(today, row.appraisalDueOn())));
	}

	public void receive(Long id, long version, CurrentUser office) {
		Dossier dossier = load(id, version);
		LocalDate today = this.calendar.today();
		LocalDate due = this.calendar.load().addWorkingDays(today, this.calendar.appraisalDays());
		dossier.receive(today, due, this.clock.instant());
		transition(office, "nomination.receive", dossier, DossierStatus.SUBMITTED, "due " + due);
	}

	public void returnForCompletion(Long id, long version, String missingItems, CurrentUser office) {
		Dossier dossier = load(id, version);
		DossierStatus before = dossier.getStatus();
		dossier.returnForCompletion(missingItems, office.displayName(), this.clock.instant());
		transition(office, "nomination.return", dossier, before, missingItems);
		this.notifications.notifyAgency(dossier.getAgencyId(), "nomination.notify.returned",
				List.of(this.plans.facts(dossier.getPlanId()).numberSymbol(),
						missingItems == null || missingItems.length() <= 300 ? missingItems
								: missingItems.substring(0, 299) + "…"),
				"/nominations/" + id);
	}

	public void assignReviewer(Long id, long version, Long reviewerId, CurrentUser office) {
		Dossier dossier = load(id, version);
		ReviewerOption reviewer = reviewerOptions().stream()
			.filter(r -> r.id().equals(reviewerId)).findFirst()
			.orElseThrow(() -> new NotFoundException("Reviewer", reviewerId));
		dossier.assignReviewer(reviewer.id(), reviewer.fullName(), reviewer.agencyId(), this.clock.instant());
		this.dossiers.flush();
		this.audit.record(office, "nomination.assign", DossierService.RECORD, id, reviewer.fullName(),
				List.of(new FieldChange("reviewer", null, reviewer.username())));
		this.notifications.notifyUser(reviewer.id(), "nomination.notify.assigned",
				List.of(this.agencies.nameOf(dossier.getAgencyId()), this.plans.facts(dossier.getPlanId()).numberSymbol()),
				"/nominations/" + id);
	}

	public void appraise(Long id, long version, List<Verdict> verdicts, CurrentUser office) {
		Dossier dossier = load(id, version);
		dossier.appraise(verdicts, this.clock.instant());
		transition(office, "nomination.appraise", dossier, DossierStatus.UNDER_APPRAISAL, verdicts.toString());
	}

	/** A reviewer's opinions; a dossier not assigned to them answers 404. */
	public void recordOpinions(Long id, long version, List<Verdict> verdicts, CurrentUser reviewer) {
		Dossier dossier = this.access.loadVisible(id, reviewer);
		if (!reviewer.has(Role.REVIEWER) || !dossier.isAssigned(reviewer.id())) {
			throw new NotFoundException(DossierService.RECORD, id);
		}
		dossier.requireVersion(version);
		dossier.recordOpinions(reviewer.id(), reviewer.fullName(), verdicts, this.clock.instant());
		this.dossiers.flush();
		this.audit.record(reviewer, "nomination.opinion", DossierService.RECORD, id, verdicts.toString(), null);
	}

	@Transactional(readOnly = true)
	public List<ReviewerOption> reviewers() {
		return reviewerOptions();
	}

	private List<ReviewerOption> reviewerOptions() {
		return this.accounts.reviewers().stream()
			.map(a -> new ReviewerOption(a.id(), a.fullName(), a.username(), a.agencyId()))
			.toList();
	}

	private Dossier load(Long id, long version) {
		Dossier dossier = this.dossiers.findById(id).orElseThrow(() -> new NotFoundException(DossierService.RECORD, id));
		dossier.requireVersion(version);
		return dossier;
	}

	private void transition(CurrentUser by, String action, Dossier dossier, DossierStatus before, String summary) {
		this.dossiers.flush();
		this.audit.record(by, action, DossierService.RECORD, dossier.getId(),
				summary == null || summary.length() < 990 ? summary : summary.substring(0, 990),
				List.of(new FieldChange("status", before.name(), dossier.getStatus().name())));
	}

}
