package vn.atgt.thidua.nomination;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.plan.PlanDirectory.PlanLabel;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.domain.NotFoundException;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.security.CurrentUser;

/**
 * Rule 20: the office opens a public disclosure of a plan's passing nominees before forwarding them, anyone comments
 * on the public page, the office triages every comment and then closes the step; forwarding waits for it.
 */
@Service
@Transactional
public class DisclosureService {

	/** Comments one address may send in an hour (all disclosures together). */
	static final int COMMENTS_PER_HOUR = 5;

	static final String RECORD = "Disclosure";

	/** A disclosure starts within this many days and lasts at most {@link #MAX_DAYS}. */
	static final int MAX_LEAD_DAYS = 90;

	static final int MAX_DAYS = 90;

	private final DisclosureRepository disclosures;

	private final DisclosureCommentRepository comments;

	private final DossierRepository dossiers;

	private final AwardFormRepository awardForms;

	private final AgencyDirectory agencies;

	private final PlanDirectory plans;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final org.springframework.jdbc.core.JdbcTemplate jdbc;

	DisclosureService(DisclosureRepository disclosures, DisclosureCommentRepository comments,
			DossierRepository dossiers, AwardFormRepository awardForms, AgencyDirectory agencies, PlanDirectory plans,
			WorkingCalendar calendar, ApplicationEventPublisher events, Clock clock,
			org.springframework.jdbc.core.JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.disclosures = disclosures;
		this.comments = comments;
		this.dossiers = dossiers;
		this.awardForms = awardForms;
		this.agencies = agencies;
		this.plans = plans;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
	}

	/** A disclosure on the office's list: its plan, and how many comments still wait for triage. */
	public record Row(Disclosure disclosure, PlanLabel plan, long entries, long untriaged) {
	}

	@Transactional(readOnly = true)
	public List<Row> list() {
		Map<Long, Long> untriaged = this.comments.countUntriaged().stream()
			.collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
		Map<Long, Long> entries = this.disclosures.countEntries().stream()
			.collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
		Map<Long, PlanLabel> labels = this.plans.issuedPlans().stream()
			.collect(Collectors.toMap(PlanLabel::id, p -> p));
		return this.disclosures.findAllByOrderByOpenedAtDesc().stream()
			.map(d -> new Row(d, labels.get(d.getPlanId()), entries.getOrDefault(d.getId(), 0L),
					untriaged.getOrDefault(d.getId(), 0L)))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<PlanLabel> plans() {
		return this.plans.issuedPlans();
	}

	/**
	 * Opens the disclosure of the plan's passing nominees not yet forwarded. Refused next to its field: a first day
	 * before today, a last day before the first, a plan with a disclosure open or with nobody to disclose.
	 */
	public Long open(Long planId, LocalDate opensOn, LocalDate closesOn, CurrentUser office) {
		if (opensOn.isBefore(this.calendar.today())) {
			throw new NomineeRefusedException("opensOn", "nomination.disclosure.error.past");
		}
		if (opensOn.isAfter(this.calendar.today().plusDays(MAX_LEAD_DAYS))) {
			throw new NomineeRefusedException("opensOn", "nomination.disclosure.error.tooFar");
		}
		if (closesOn.isBefore(opensOn)) {
			throw new NomineeRefusedException("closesOn", "nomination.disclosure.error.order");
		}
		if (closesOn.isAfter(opensOn.plusDays(MAX_DAYS))) {
			throw new NomineeRefusedException("closesOn", "nomination.disclosure.error.tooLong");
		}
		PlanDirectory.PlanFacts plan = this.plans.facts(planId);
		if (!plan.isPublished()) {
			throw new NomineeRefusedException("planId", "nomination.disclosure.error.nobody");
		}
		if (this.disclosures.existsByPlanIdAndStatus(planId, Disclosure.Status.OPEN)) {
			throw new NomineeRefusedException("planId", "nomination.disclosure.error.alreadyOpen");
		}
		List<Dossier> ready = this.dossiers.findByPlanIdAndStatus(planId, DossierStatus.APPRAISED);
		Map<Long, String> formNames = this.awardForms.findAllByOrderByPositionAscIdAsc().stream()
			.collect(Collectors.toMap(AwardForm::getId, AwardForm::getName));
		Set<Long> agencyIds = ready.stream().map(Dossier::getAgencyId).collect(Collectors.toSet());
		Map<Long, String> agencyNames = this.agencies.mapByIds(agencyIds).entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
		Disclosure disclosure = new Disclosure(planId, opensOn, closesOn, office.displayName(), this.clock.instant());
		for (Dossier dossier : ready) {
			dossier.getNominees().stream().filter(n -> n.getStatus() == NomineeStatus.PASSED)
				.forEach(n -> disclosure.add(new DisclosureEntry(n, agencyNames.get(dossier.getAgencyId()),
						formNames.get(n.getAwardFormId()))));
		}
		if (disclosure.getEntries().isEmpty()) {
			throw new NomineeRefusedException("planId", "nomination.disclosure.error.nobody");
		}
		Disclosure saved = this.disclosures.save(disclosure);
		saved.recordOpening(plan.numberSymbol(), Actor.of(office));
		return this.disclosures.save(saved).getId();
	}

	/** A disclosure with its comments, for the office. */
	public record Detail(Disclosure disclosure, PlanLabel plan, List<DisclosureComment> comments, long untriaged) {

		public DisclosureEntry entry(Long entryId) {
			return entryId == null ? null : this.disclosure.getEntries().stream()
				.filter(e -> e.getId().equals(entryId)).findFirst().orElse(null);
		}

	}

	@Transactional(readOnly = true)
	public Detail detail(Long id) {
		Disclosure disclosure = load(id);
		List<DisclosureComment> received = this.comments.findByDisclosureIdOrderByIdAsc(id);
		return new Detail(disclosure, this.plans.label(disclosure.getPlanId()), received,
				received.stream().filter(c -> c.getTriage() == null).count());
	}

	public void triage(Long id, Long commentId, DisclosureComment.Triage triage, String note, CurrentUser office) {
		DisclosureComment comment = this.comments.findById(commentId).filter(c -> c.getDisclosureId().equals(id))
			.orElseThrow(() -> new NotFoundException("DisclosureComment", commentId));
		if (triage == DisclosureComment.Triage.CHANGED && note == null) {
			throw new NomineeRefusedException("note", "nomination.disclosure.error.noteRequired");
		}
		comment.triage(triage, note, Actor.of(office), this.clock.instant());
		this.comments.save(comment);
	}

	public void close(Long id, long version, CurrentUser office) {
		Disclosure disclosure = this.disclosures.findForClosing(id)
			.orElseThrow(() -> new NotFoundException(RECORD, id));
		disclosure.requireVersion(version);
		disclosure.close(this.comments.countByDisclosureIdAndTriageIsNull(id), Actor.of(office), this.clock.instant());
		this.disclosures.save(disclosure);
	}

	/** What the public page shows: the list only while the disclosure is open and between its days. */
	public record PublicView(Disclosure disclosure, PlanLabel plan, boolean showing, LocalDate today) {
	}

	@Transactional(readOnly = true)
	public PublicView publicView(Long id) {
		Disclosure disclosure = load(id);
		LocalDate today = this.calendar.today();
		return new PublicView(disclosure, this.plans.label(disclosure.getPlanId()), disclosure.isPublicOn(today), today);
	}

	/** The disclosures the public page lists today. */
	@Transactional(readOnly = true)
	public List<PublicView> publicNow() {
		LocalDate today = this.calendar.today();
		return this.disclosures.findOpen().stream().filter(d -> d.isPublicOn(today))
			.map(d -> new PublicView(d, this.plans.label(d.getPlanId()), true, today)).toList();
	}

	/**
	 * Takes an anonymous comment: plain text, with the contact given; refused when the disclosure is not showing,
	 * for a nominee it does not list, and past {@link #COMMENTS_PER_HOUR} comments from the same address in an hour
	 * (the address is kept only as a hash).
	 */
	public Long comment(Long id, Long entryId, String body, String contact, String address) {
		Disclosure disclosure = this.disclosures.findForComment(id).orElseThrow(() -> new NotFoundException(RECORD, id));
		if (!disclosure.isPublicOn(this.calendar.today())) {
			throw new InvalidStateException("nomination.disclosure.error.notShowing");
		}
		if (entryId != null && disclosure.getEntries().stream().noneMatch(e -> e.getId().equals(entryId))) {
			throw new NomineeRefusedException("entryId", "nomination.disclosure.error.entry");
		}
		String hash = hash(address);
		// one address at a time (the count below is exact even when ten comments arrive at once)
		this.jdbc.queryForObject("select pg_advisory_xact_lock(hashtext(?))", Object.class, "disclosure:" + hash);
		Instant now = this.clock.instant();
		if (this.comments.existsByDisclosureIdAndAddressHashAndBody(id, hash, body)) {
			// the same comment sent twice (a double click, a resend): kept once
			return null;
		}
		if (this.comments.countByAddressHashAndReceivedAtAfter(hash, now.minus(Duration.ofHours(1))) >= COMMENTS_PER_HOUR) {
			throw new NomineeRefusedException("body", "nomination.disclosure.error.rate");
		}
		DisclosureComment comment = this.comments.save(new DisclosureComment(id, entryId, body, contact, hash, now));
		this.events.publishEvent(new NominationEvents.CommentReceived(id, disclosure.getPlanId(), comment.getId(), now));
		return comment.getId();
	}

	private Disclosure load(Long id) {
		return this.disclosures.findWithEntriesById(id).orElseThrow(() -> new NotFoundException(RECORD, id));
	}

	/**
	 * The address as the rate limit keeps it: hashed with a salt drawn at start (never stored), so the stored hash
	 * cannot be turned back into an address by trying them all. Two instances count apart (ADR 0185).
	 */
	private static final String SALT = HexFormat.of().formatHex(java.security.SecureRandom.getSeed(16));

	static String hash(String address) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest((SALT + ":" + address).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
