package vn.atgt.thidua.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.document.DocumentTexts;
import vn.atgt.thidua.nomination.NominationRules.PlanRules;
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

	private final NominationRulesRepository rules;

	private final CouncilVoteRepository votes;

	SubmissionService(ConsolidatedSubmissionRepository submissions, DossierRepository dossiers,
			NomineeRepository nominees, PlanDirectory plans, DisclosureRepository disclosures,
			PrizeRateService prizeRates, Clock clock, NominationRulesRepository rules, CouncilVoteRepository votes) {
		this.rules = rules;
		this.votes = votes;
		this.disclosures = disclosures;
		this.submissions = submissions;
		this.dossiers = dossiers;
		this.nominees = nominees;
		this.plans = plans;
		this.prizeRates = prizeRates;
		this.clock = clock;
	}

	/**
	 * A submission with its nominee rows and their prize money (estimated, or fixed by the decision), the plan's
	 * rules (rule 12) and the council's vote when recorded (null otherwise).
	 */
	public record SubmissionView(ConsolidatedSubmission submission, String planNumber, String planTitle,
			List<AwardRow> rows, PrizeMoney prizes, PlanRules rules, CouncilVote vote) {

		/** Whether the council's vote (if any) carried the nominee: one it did not is left out of the decision. */
		public boolean carried(Long nomineeId) {
			return this.vote == null || this.vote.carried(nomineeId);
		}

		/** The nominees the council votes on: those passing appraisal, before the decision. */
		public List<AwardRow> votable() {
			return this.rows.stream().filter(r -> r.status() == NomineeStatus.PASSED).toList();
		}

		/** A vote may be recorded: none yet, not decided, somebody to vote on. */
		public boolean voteOpen() {
			return this.vote == null && !this.submission.isDecided() && !votable().isEmpty();
		}

		/** Rule 12: the decision waits for the vote when the plan requires one. */
		public boolean decisionWaitsForVote() {
			return this.rules.voteRequired() && this.vote == null;
		}

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
		CouncilVote vote = this.votes.findWithCountsBySubmissionId(id).orElse(null);
		return new SubmissionView(submission, plan.numberSymbol(), plan.title(), this.nominees.findRowsOfSubmission(id),
				prizes(submission, vote), rulesOf(submission.getPlanId()), vote);
	}

	private PlanRules rulesOf(Long planId) {
		return this.rules.findByPlanId(planId).map(NominationRules::toPlanRules).orElseGet(() -> PlanRules.off(planId));
	}

	/** Rule 19: fixed amounts once decided; before, the rates in force today (rule 12: for those the vote carried). */
	private PrizeMoney prizes(ConsolidatedSubmission submission, CouncilVote vote) {
		List<NomineePrize> nominees = this.nominees.findPrizesOfSubmission(submission.getId());
		if (submission.isDecided()) {
			return PrizeMoney.fixed(nominees, submission.getDecisionDate());
		}
		List<NomineePrize> carried = vote == null ? nominees
				: nominees.stream().filter(n -> vote.carried(n.nomineeId())).toList();
		return PrizeMoney.estimate(carried, this.prizeRates.rates(), VnDates.today(this.clock));
	}

	/** Rule 12: every problem of a vote typed on the submission's page, each next to its field. */
	public List<CouncilVote.Problem> voteProblems(SubmissionView view, LocalDate meetingDate, Integer members,
			Integer present, Map<Long, Integer> votesFor) {
		return CouncilVote.problems(meetingDate, VnDates.today(this.clock), members, present,
				view.votable().stream().map(AwardRow::nomineeId).toList(), votesFor);
	}

	/**
	 * Rule 12: records the council's vote on the submission's passing nominees with the plan's threshold (80 % when
	 * not set); once, before the decision.
	 */
	public void recordVote(Long id, long version, LocalDate meetingDate, Integer members, Integer present,
			Map<Long, Integer> votesFor, CurrentUser office) {
		ConsolidatedSubmission submission = load(id);
		submission.requireVersion(version);
		if (submission.isDecided()) {
			throw new InvalidStateException("nomination.error.alreadyDecided");
		}
		if (this.votes.existsBySubmissionId(id)) {
			throw new InvalidStateException("nomination.vote.error.alreadyRecorded");
		}
		List<Long> listed = this.nominees.findRowsOfSubmission(id).stream()
			.filter(r -> r.status() == NomineeStatus.PASSED).map(AwardRow::nomineeId).toList();
		if (listed.isEmpty()) {
			throw new InvalidStateException("nomination.vote.error.nobody");
		}
		this.votes.save(CouncilVote.record(id, submission.getPlanId(), meetingDate, VnDates.today(this.clock), members,
				present, rulesOf(submission.getPlanId()).thresholdPercent(), listed, votesFor, Actor.of(office),
				this.clock.instant()));
	}

	/** Rule 18: records the decision and marks each forwarded (passing) nominee awarded or not. */
	public void decide(Long id, long version, String number, LocalDate date, String signer, List<Verdict> verdicts,
			CurrentUser office) {
		ConsolidatedSubmission submission = load(id);
		submission.requireVersion(version);
		// a decision of this century (a mistyped year such as 1900 would fix every prize at "unknown" for good)
		if (date.getYear() < 2000 || date.getYear() > 2100) {
			throw new NomineeRefusedException("date", "nomination.decision.error.year");
		}
		CouncilVote vote = this.votes.findWithCountsBySubmissionId(id).orElse(null);
		if (vote == null && rulesOf(submission.getPlanId()).voteRequired()) {
			throw new InvalidStateException("nomination.error.voteRequired");
		}
		verdicts = vote == null ? verdicts : notCarriedNotAwarded(verdicts, vote);
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

	/** Rule 12: a nominee the council's vote did not carry is not awarded, whatever the form sent, with the vote as reason. */
	private static List<Verdict> notCarriedNotAwarded(List<Verdict> verdicts, CouncilVote vote) {
		List<Verdict> result = new ArrayList<>(verdicts.stream().filter(v -> vote.carried(v.nomineeId())).toList());
		for (CouncilVote.Count count : vote.getCounts()) {
			if (!count.carried()) {
				result.add(new Verdict(count.nomineeId(), false, DocumentTexts.get("document.minutes.notCarriedReason",
						String.valueOf(count.votesFor()), String.valueOf(vote.getMembersTotal()),
						CouncilVote.ratio(count.votesFor(), vote.getMembersTotal()),
						String.valueOf(vote.getThresholdPercent()))));
			}
		}
		return result;
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
