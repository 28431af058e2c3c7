package vn.atgt.thidua.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.account.AccountDirectory;
import vn.atgt.thidua.shared.events.Actor;
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

	private final Clock clock;

	private final AccountDirectory accounts;

	AppraisalService(DossierRepository dossiers, DossierService access, WorkingCalendar calendar, Clock clock,
			AccountDirectory accounts) {
		this.accounts = accounts;
		this.dossiers = dossiers;
		this.access = access;
		this.calendar = calendar;
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
		dossier.receive(today, due, Actor.of(office), this.clock.instant());
		this.dossiers.publish(dossier);
	}

	public void returnForCompletion(Long id, long version, String missingItems, CurrentUser office) {
		Dossier dossier = load(id, version);
		dossier.returnForCompletion(missingItems, Actor.of(office), this.clock.instant());
		this.dossiers.publish(dossier);
	}

	public void assignReviewer(Long id, long version, Long reviewerId, CurrentUser office) {
		Dossier dossier = load(id, version);
		ReviewerOption reviewer = reviewerOptions().stream()
			.filter(r -> r.id().equals(reviewerId)).findFirst()
			.orElseThrow(() -> new NotFoundException("Reviewer", reviewerId));
		dossier.assignReviewer(reviewer.id(), reviewer.fullName(), reviewer.username(), reviewer.agencyId(),
				Actor.of(office), this.clock.instant());
		this.dossiers.publish(dossier);
	}

	public void appraise(Long id, long version, List<Verdict> verdicts, CurrentUser office) {
		Dossier dossier = load(id, version);
		dossier.appraise(verdicts, Actor.of(office), this.clock.instant());
		this.dossiers.publish(dossier);
	}

	/** A reviewer's opinions; a dossier not assigned to them answers 404. */
	public void recordOpinions(Long id, long version, List<Verdict> verdicts, CurrentUser reviewer) {
		recordOpinions(id, version, verdicts, ReviewSheet.NONE, reviewer);
	}

	/** A reviewer's opinions with their scores and private notes; a dossier not assigned to them answers 404. */
	public void recordOpinions(Long id, long version, List<Verdict> verdicts, ReviewSheet sheet,
			CurrentUser reviewer) {
		Dossier dossier = assignedTo(id, reviewer);
		dossier.requireVersion(version);
		dossier.recordOpinions(reviewer.id(), reviewer.fullName(), verdicts, sheet, this.access.criteriaOf(dossier),
				Actor.of(reviewer), this.clock.instant());
		this.dossiers.publish(dossier);
	}

	/**
	 * The scoring criteria of each nominee of a dossier the reviewer may score (nominee id to its form's criteria,
	 * in order), for checking what they typed.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<ScoringCriterion>> criteriaByNominee(Long id, CurrentUser reviewer) {
		Dossier dossier = assignedTo(id, reviewer);
		Map<Long, List<ScoringCriterion>> byForm = this.access.criteriaOf(dossier);
		Map<Long, List<ScoringCriterion>> byNominee = new LinkedHashMap<>();
		dossier.getNominees().forEach(n -> byNominee.put(n.getId(), byForm.getOrDefault(n.getAwardFormId(), List.of())));
		return byNominee;
	}

	/** An assigned reviewer steps back from the dossier with a reason; the office is told and assigns another. */
	public void recuse(Long id, long version, String reason, CurrentUser reviewer) {
		Dossier dossier = assignedTo(id, reviewer);
		dossier.requireVersion(version);
		dossier.recuse(reviewer.id(), reason, Actor.of(reviewer), this.clock.instant());
		this.dossiers.publish(dossier);
	}

	private Dossier assignedTo(Long id, CurrentUser reviewer) {
		Dossier dossier = this.access.loadVisible(id, reviewer);
		if (!reviewer.has(Role.REVIEWER) || !dossier.isAssigned(reviewer.id())) {
			throw new NotFoundException(DossierService.RECORD, id);
		}
		return dossier;
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

}
