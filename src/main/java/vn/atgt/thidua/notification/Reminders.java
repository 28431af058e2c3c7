package vn.atgt.thidua.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.springframework.context.ApplicationEventPublisher;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.plan.PlanDirectory.PlanFacts;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.domain.NotFoundException;

/**
 * Reminders before and after each deadline of each published plan, to the agencies that have not submitted, and
 * the office's "đôn đốc" (urge now). Each reminder is a row of {@code reminder_sent} whose unique key makes it go
 * out once, however often and on however many instances the job runs.
 */
@Service
public class Reminders {

	/** Why a reminder went out. */
	public enum Trigger {
		BEFORE, OVERDUE, URGED
	}

	/** What one run did. */
	public record RunResult(boolean ran, int sent) {
	}

	private record Due(Trigger trigger, LocalDate reminderDate) {
	}

	private final List<SubmissionTracker> allTrackers;

	private final PlanDirectory plans;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final JobLock lock;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final PlanReminderSettings settings;

	private final Clock clock;

	private final AgencyDirectory agencies;

	Reminders(List<SubmissionTracker> trackers, PlanDirectory plans, Notifications notifications, ApplicationEventPublisher events,
			JobLock lock, JdbcClient jdbc, TransactionTemplate transactions, PlanReminderSettings settings,
			Clock clock, AgencyDirectory agencies) {
		this.agencies = agencies;
		this.allTrackers = trackers;
		this.plans = plans;
		this.notifications = notifications;
		this.events = events;
		this.lock = lock;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	/** Sends today's reminders (the scheduled job). */
	public RunResult runToday() {
		return run(VnDates.today(this.clock));
	}

	/**
	 * Sends the reminders due on {@code today}. A reminder day missed (the application was down) is caught up on
	 * the next run: the latest reminder date not after today counts, once.
	 */
	/** The run started by hand, audited with who started it (in its own transaction, before the run). */
	public RunResult runNow(LocalDate today, CurrentUser by) {
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(
				new NotificationEvents.RemindersRun(VnDates.shortDate(today), Actor.of(by), this.clock.instant())));
		return run(today);
	}

	public RunResult run(LocalDate today) {
		RunResult result = this.transactions.execute(status -> {
			if (!this.lock.tryLock(JobLock.REMINDERS)) {
				return new RunResult(false, 0);
			}
			int sent = 0;
			for (Long planId : this.plans.publishedPlanIds()) {
				PlanFacts plan = this.plans.facts(planId);
				PlanReminderSettings.Schedule schedule = this.settings.effective(planId);
				for (SubmissionTracker tracker : trackers().values()) {
					LocalDate dueDate = tracker.dueDate(plan);
					Optional<Due> due = dueDate == null ? Optional.empty() : dueOn(schedule, dueDate, today);
					if (due.isPresent()) {
						Set<Long> late = new TreeSet<>(tracker.agenciesNotSubmitted(planId));
						late.retainAll(plan.participantIds());
						// an agency that no longer exists gets no reminder after its end date (issue 14.4)
						late.removeAll(this.agencies.ceasedBefore(late, today));
						for (Long agencyId : late) {
							sent += send(plan, tracker, agencyId, due.get().trigger(), due.get().reminderDate(), dueDate,
									today, null) ? 1 : 0;
						}
					}
				}
			}
			return new RunResult(true, sent);
		});
		return result == null ? new RunResult(false, 0) : result;
	}

	/**
	 * "Đôn đốc": the office urges the chosen agencies at once (at most once a day per agency and kind, so a
	 * repeated click sends nothing twice). Agencies that are not participants of the plan, or have ceased, are
	 * ignored.
	 * @return how many agencies were urged
	 */
	@Transactional
	public int urge(Long planId, String kind, Set<Long> agencyIds, CurrentUser by) {
		if (by == null || !by.isOffice()) {
			throw new AccessDeniedException("office only");
		}
		PlanFacts plan = this.plans.facts(planId);
		if (!plan.isPublished()) {
			throw new InvalidStateException("notification.urge.notPublished");
		}
		SubmissionTracker tracker = trackers().get(kind);
		if (tracker == null) {
			throw new NotFoundException("SubmissionTracker", kind);
		}
		LocalDate dueDate = tracker.dueDate(plan);
		if (dueDate == null) {
			throw new InvalidStateException("notification.urge.noDeadline");
		}
		LocalDate today = VnDates.today(this.clock);
		int sent = 0;
		Set<Long> ceased = this.agencies.ceasedBefore(agencyIds, today);
		for (Long agencyId : new TreeSet<>(agencyIds)) {
			if (plan.hasParticipant(agencyId) && !ceased.contains(agencyId)) {
				sent += send(plan, tracker, agencyId, Trigger.URGED, today, dueDate, today, by) ? 1 : 0;
			}
		}
		return sent;
	}

	/** Kinds with a tracker, for the reminders page. */
	public List<String> kinds() {
		return new ArrayList<>(trackers().keySet());
	}

	@Transactional(readOnly = true)
	public Page<ReminderRow> recent(Long planId, Pageable pageable) {
		List<ReminderRow> rows = this.jdbc.sql("""
				select r.id, r.plan_id, p.number || '/' || p.doc_type_symbol || '-' || p.body_symbol, a.name, r.kind,
				       r.trigger, r.reminder_date, r.due_date, r.sent_at, r.sent_by
				from reminder_sent r join plan_directory p on p.id = r.plan_id join agency_directory a on a.id = r.agency_id
				where (cast(? as bigint) is null or r.plan_id = ?)
				order by r.sent_at desc, r.id desc limit ? offset ?
				""").params(planId, planId, pageable.getPageSize(), pageable.getOffset())
			.query((rs, n) -> new ReminderRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
					rs.getTimestamp(9).toInstant(), rs.getString(10)))
			.list();
		long total = this.jdbc.sql("select count(*) from reminder_sent where (cast(? as bigint) is null or plan_id = ?)")
			.params(planId, planId)
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, pageable, total);
	}

	/** Which reminder, if any, is due on {@code today} for a deadline, by the plan's schedule. */
	Optional<Due> dueOn(PlanReminderSettings.Schedule schedule, LocalDate dueDate, LocalDate today) {
		if (!today.isAfter(dueDate)) {
			return schedule.daysBefore().stream()
				.map(days -> dueDate.minusDays(days))
				.filter(date -> !date.isAfter(today))
				.max(LocalDate::compareTo)
				.map(date -> new Due(Trigger.BEFORE, date));
		}
		long periods = ChronoUnit.DAYS.between(dueDate, today) / schedule.overdueEveryDays();
		return periods < 1 ? Optional.empty()
				: Optional.of(new Due(Trigger.OVERDUE, dueDate.plusDays(periods * schedule.overdueEveryDays())));
	}

	// one tracker per kind: the module that collects it (sub-plans, reports, dossiers)
	private Map<String, SubmissionTracker> trackers() {
		Map<String, SubmissionTracker> byKind = new LinkedHashMap<>();
		for (SubmissionTracker tracker : this.allTrackers) {
			if (byKind.putIfAbsent(tracker.kind(), tracker) != null) {
				throw new IllegalStateException("Two submission trackers of kind " + tracker.kind());
			}
		}
		return byKind;
	}

	private boolean send(PlanFacts plan, SubmissionTracker tracker, Long agencyId, Trigger trigger,
			LocalDate reminderDate, LocalDate dueDate, LocalDate today, CurrentUser by) {
		Optional<Long> inserted = this.jdbc.sql("""
				insert into reminder_sent (plan_id, agency_id, kind, reminder_date, trigger, due_date, sent_at, sent_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict on constraint reminder_sent_once do nothing returning id
				""").params(plan.id(), agencyId, tracker.kind(), reminderDate, trigger.name(), dueDate,
				Timestamp.from(this.clock.instant()), by == null ? null : by.displayName())
			.query(Long.class).optional();
		if (inserted.isEmpty()) {
			return false;
		}
		long days = Math.abs(ChronoUnit.DAYS.between(today, dueDate));
		Long notificationId = this.notifications.notifyAgency(agencyId, "notification.reminder." + trigger.name(),
				List.of(MessageArgs.key("notification.kind." + tracker.kind()), plan.numberSymbol(),
						VnDates.shortDate(dueDate), String.valueOf(days)),
				tracker.link(plan.id()));
		this.jdbc.sql("update reminder_sent set notification_id = ? where id = ?").params(notificationId, inserted.get())
			.update();
		String summary = tracker.kind() + " " + plan.numberSymbol() + " " + trigger.name() + " "
				+ VnDates.shortDate(reminderDate);
		this.events.publishEvent(new NotificationEvents.ReminderSent(plan.id(), agencyId, tracker.kind(), trigger.name(),
				summary, Actor.of(by), this.clock.instant()));
		return true;
	}

}
