package vn.atgt.thidua.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.audit.AuditLog;
import vn.atgt.thidua.shared.events.FieldChange;
import vn.atgt.thidua.notification.Notifications;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.domain.NotFoundException;

/** The consolidated submission of a plan's passing nominees, the Chairman's decision, revocation, public awards. */
@Service
@Transactional
public class SubmissionService {

	static final String RECORD = "ConsolidatedSubmission";

	private final ConsolidatedSubmissionRepository submissions;

	private final DossierRepository dossiers;

	private final NomineeRepository nominees;

	private final PlanDirectory plans;

	private final AuditLog audit;

	private final Clock clock;

	private final Notifications notifications;

	SubmissionService(ConsolidatedSubmissionRepository submissions, DossierRepository dossiers,
			NomineeRepository nominees, PlanDirectory plans, AuditLog audit, Clock clock,
			Notifications notifications) {
		this.notifications = notifications;
		this.submissions = submissions;
		this.dossiers = dossiers;
		this.nominees = nominees;
		this.plans = plans;
		this.audit = audit;
		this.clock = clock;
	}

	/** A submission with its nominee rows. */
	public record SubmissionView(ConsolidatedSubmission submission, String planNumber, String planTitle,
			List<AwardRow> rows) {
	}

	/** Gathers the appraised dossiers of the plan that have passing nominees; they become FORWARDED. */
	public Long consolidate(Long planId, CurrentUser office) {
		var plan = this.plans.facts(planId);
		List<Dossier> ready = this.dossiers.findByPlanIdAndStatus(planId, DossierStatus.APPRAISED).stream()
			.filter(Dossier::hasPassingNominees).toList();
		if (ready.isEmpty()) {
			throw new InvalidStateException("nomination.error.nothingToForward");
		}
		ConsolidatedSubmission submission = this.submissions
			.save(new ConsolidatedSubmission(planId, office.displayName(), this.clock.instant()));
		for (Dossier dossier : ready) {
			dossier.forward(submission.getId(), this.clock.instant());
			this.audit.record(office, "nomination.forward", DossierService.RECORD, dossier.getId(),
					"submission " + submission.getId(), List.of(new FieldChange("status",
							DossierStatus.APPRAISED.name(), DossierStatus.FORWARDED.name())));
		}
		this.dossiers.flush();
		this.audit.record(office, "nomination.submission.create", RECORD, submission.getId(), plan.numberSymbol(),
				null);
		return submission.getId();
	}

	@Transactional(readOnly = true)
	public List<ConsolidatedSubmission> list() {
		return this.submissions.findAllByOrderByCreatedAtDesc();
	}

	@Transactional(readOnly = true)
	public SubmissionView view(Long id) {
		ConsolidatedSubmission submission = load(id);
		var plan = this.plans.facts(submission.getPlanId());
		return new SubmissionView(submission, plan.numberSymbol(), plan.title(), this.nominees.findRowsOfSubmission(id));
	}

	/** Rule 18: records the decision and marks each forwarded (passing) nominee awarded or not. */
	public void decide(Long id, long version, String number, LocalDate date, String signer, List<Verdict> verdicts,
			CurrentUser office) {
		ConsolidatedSubmission submission = load(id);
		submission.requireVersion(version);
		submission.recordDecision(number, date, signer, this.clock.instant());
		String planNumber = this.plans.facts(submission.getPlanId()).numberSymbol();
		for (Dossier dossier : this.dossiers.findBySubmissionId(id)) {
			dossier.decide(verdicts, this.clock.instant());
			this.audit.record(office, "nomination.decide", DossierService.RECORD, dossier.getId(), number,
					List.of(new FieldChange("status", DossierStatus.FORWARDED.name(), DossierStatus.DECIDED.name())));
			this.notifications.notifyAgency(dossier.getAgencyId(), "nomination.notify.decided",
					List.of(number, planNumber), "/nominations/" + dossier.getId());
		}
		this.submissions.flush();
		this.audit.record(office, "nomination.decision", RECORD, id, number + " " + date + " " + signer, null);
	}

	/** Revokes one award by a recorded revoking decision (Law ch. VII). */
	public void revoke(Long nomineeId, String number, LocalDate date, String signer, String reason,
			CurrentUser office) {
		// locked: a concurrent revocation waits, then finds the nominee REVOKED and is refused (one audit row)
		Nominee nominee = this.nominees.findByIdForUpdate(nomineeId)
			.orElseThrow(() -> new NotFoundException("Nominee", nomineeId));
		Dossier dossier = nominee.getDossier();
		dossier.revoke(nomineeId, number, date, signer, reason, this.clock.instant());
		this.dossiers.flush();
		this.audit.record(office, "nomination.revoke", DossierService.RECORD, dossier.getId(),
				nominee.getName() + ": " + number + " " + reason, List.of(new FieldChange("nominee." + nomineeId,
						NomineeStatus.AWARDED.name(), NomineeStatus.REVOKED.name())));
	}

	@Transactional(readOnly = true)
	public Page<AwardRow> publicAwards(Long planId, Pageable pageable) {
		return this.nominees.findPublicAwards(planId, pageable);
	}

	private ConsolidatedSubmission load(Long id) {
		return this.submissions.findById(id).orElseThrow(() -> new NotFoundException(RECORD, id));
	}

}
