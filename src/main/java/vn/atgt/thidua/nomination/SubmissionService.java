package vn.atgt.thidua.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.domain.NotFoundException;
import vn.atgt.thidua.shared.time.VnDates;

/** The consolidated submission of a plan's passing nominees, the Chairman's decision, revocation, public awards. */
@Service
@Transactional
public class SubmissionService {

	static final String RECORD = "ConsolidatedSubmission";

	private final ConsolidatedSubmissionRepository submissions;

	private final DossierRepository dossiers;

	private final NomineeRepository nominees;

	private final PlanDirectory plans;

	private final DisclosureRepository disclosures;

	private final PrizeRateService prizeRates;

	private final Clock clock;

	SubmissionService(ConsolidatedSubmissionRepository submissions, DossierRepository dossiers,
			NomineeRepository nominees, PlanDirectory plans, DisclosureRepository disclosures,
			PrizeRateService prizeRates, Clock clock) {
		this.disclosures = disclosures;
		this.submissions = submissions;
		this.dossiers = dossiers;
		this.nominees = nominees;
		this.plans = plans;
		this.prizeRates = prizeRates;
		this.clock = clock;
	}

	/** A submission with its nominee rows and their prize money (estimated, or fixed by the decision). */
	public record SubmissionView(ConsolidatedSubmission submission, String planNumber, String planTitle,
			List<AwardRow> rows, PrizeMoney prizes) {
	}

	/** Gathers the appraised dossiers of the plan that have passing nominees; they become FORWARDED. */
	public Long consolidate(Long planId, CurrentUser office) {
		var plan = this.plans.facts(planId);
		// rule 20: a public disclosure of the plan's list is closed (every comment triaged) before forwarding
		if (this.disclosures.existsByPlanIdAndStatus(planId, Disclosure.Status.OPEN)) {
			throw new InvalidStateException("nomination.error.disclosureOpen");
		}
		List<Dossier> ready = this.dossiers.findByPlanIdAndStatus(planId, DossierStatus.APPRAISED).stream()
			.filter(Dossier::hasPassingNominees).toList();
		if (ready.isEmpty()) {
			throw new InvalidStateException("nomination.error.nothingToForward");
		}
		Actor by = Actor.of(office);
		ConsolidatedSubmission submission = this.submissions
			.save(new ConsolidatedSubmission(planId, office.displayName(), this.clock.instant()));
		submission.recordCreation(plan.numberSymbol(), ready.size(), by);
		this.submissions.save(submission);
		for (Dossier dossier : ready) {
			dossier.forward(submission.getId(), by, this.clock.instant());
		}
		ready.forEach(this.dossiers::publish);
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
		return new SubmissionView(submission, plan.numberSymbol(), plan.title(), this.nominees.findRowsOfSubmission(id),
				prizes(submission));
	}

	/** Rule 19: fixed amounts once decided; before, the rates in force today. */
	private PrizeMoney prizes(ConsolidatedSubmission submission) {
		List<NomineePrize> nominees = this.nominees.findPrizesOfSubmission(submission.getId());
		if (submission.isDecided()) {
			return PrizeMoney.fixed(nominees, submission.getDecisionDate());
		}
		return PrizeMoney.estimate(nominees, this.prizeRates.rates(), VnDates.today(this.clock));
	}

	/** Rule 18: records the decision and marks each forwarded (passing) nominee awarded or not. */
	public void decide(Long id, long version, String number, LocalDate date, String signer, List<Verdict> verdicts,
			CurrentUser office) {
		ConsolidatedSubmission submission = load(id);
		submission.requireVersion(version);
		Actor by = Actor.of(office);
		submission.recordDecision(number, date, signer, by, this.clock.instant());
		List<Dossier> forwarded = this.dossiers.findBySubmissionId(id);
		PrizeRates rates = this.prizeRates.rates();
		for (Dossier dossier : forwarded) {
			dossier.decide(verdicts, number, by, this.clock.instant());
			// rule 19: the decision fixes each award's prize money with the rates in force on its date
			dossier.getNominees().stream().filter(n -> n.getStatus() == NomineeStatus.AWARDED)
				.forEach(n -> n.fixPrize(rates.prize(date, n.getAwardFormId(), n.getSubjectType()).orElse(null)));
		}
		this.submissions.saveAndFlush(submission);
		forwarded.forEach(this.dossiers::publish);
	}

	/** Revokes one award by a recorded revoking decision (Law ch. VII). */
	public void revoke(Long nomineeId, String number, LocalDate date, String signer, String reason,
			CurrentUser office) {
		// locked: a concurrent revocation waits, then finds the nominee REVOKED and is refused (one audit row)
		Nominee nominee = this.nominees.findByIdForUpdate(nomineeId)
			.orElseThrow(() -> new NotFoundException("Nominee", nomineeId));
		// the aggregate itself (not a lazy proxy): its registered events are published when it is saved
		Dossier dossier = org.hibernate.Hibernate.unproxy(nominee.getDossier(), Dossier.class);
		dossier.revoke(nomineeId, number, date, signer, reason, Actor.of(office), this.clock.instant());
		this.dossiers.publish(dossier);
	}

	@Transactional(readOnly = true)
	public Page<AwardRow> publicAwards(Long planId, Pageable pageable) {
		return this.nominees.findPublicAwards(planId, pageable);
	}

	private ConsolidatedSubmission load(Long id) {
		return this.submissions.findById(id).orElseThrow(() -> new NotFoundException(RECORD, id));
	}

}
