package vn.atgt.thidua.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.context.ApplicationEventPublisher;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.FieldChange;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.shared.security.CurrentUser;

/** The reminder schedule of a plan: its own setting ({@code plan_reminder_setting}) when set, else the global one. */
@Service
public class PlanReminderSettings {

	/** Days before each deadline and the overdue interval in force for a plan; {@code custom} when the plan's own. */
	public record Schedule(List<Integer> daysBefore, int overdueEveryDays, boolean custom) {

		/** The days as the form shows them, e.g. {@code 7, 3, 1}. */
		public String daysBeforeText() {
			return this.daysBefore.stream().map(String::valueOf).collect(Collectors.joining(", "));
		}

	}

	private final JdbcClient jdbc;

	private final NotificationProperties properties;

	private final PlanDirectory plans;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlanReminderSettings(JdbcClient jdbc, NotificationProperties properties, PlanDirectory plans, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.plans = plans;
		this.events = events;
		this.clock = clock;
	}

	/** The schedule in force for a plan. */
	@Transactional(readOnly = true)
	public Schedule effective(Long planId) {
		Optional<Schedule> own = this.jdbc
			.sql("select days_before, overdue_every_days from plan_reminder_setting where plan_id = ?")
			.param(planId)
			.query((rs, n) -> new Schedule(parse(rs.getString(1)), rs.getInt(2), true))
			.optional();
		return own.orElseGet(() -> new Schedule(List.copyOf(this.properties.daysBefore()),
				this.properties.overdueEveryDays(), false));
	}

	/** Sets the plan's own schedule (the office only); the values are already validated. */
	@Transactional
	public void save(Long planId, List<Integer> daysBefore, int overdueEveryDays, CurrentUser by) {
		if (by == null || !by.isOffice()) {
			throw new AccessDeniedException("office only");
		}
		String numberSymbol = this.plans.facts(planId).numberSymbol();
		Schedule before = effective(planId);
		Schedule after = new Schedule(List.copyOf(daysBefore), overdueEveryDays, true);
		this.jdbc.sql("""
				insert into plan_reminder_setting (plan_id, days_before, overdue_every_days, updated_at, updated_by)
				values (?, ?, ?, ?, ?) on conflict (plan_id) do update set days_before = excluded.days_before,
				overdue_every_days = excluded.overdue_every_days, updated_at = excluded.updated_at,
				updated_by = excluded.updated_by
				""").params(planId, format(daysBefore), overdueEveryDays, Timestamp.from(this.clock.instant()),
				by.displayName())
			.update();
		this.events.publishEvent(new NotificationEvents.PlanScheduleSet(planId, numberSymbol,
				FieldChange.between(values(before), values(after)), Actor.of(by), this.clock.instant()));
	}

	private static Map<String, String> values(Schedule schedule) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("daysBefore", schedule.daysBeforeText());
		values.put("overdueEveryDays", String.valueOf(schedule.overdueEveryDays()));
		return values;
	}

	private static String format(List<Integer> days) {
		return days.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static List<Integer> parse(String text) {
		return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
	}

}
