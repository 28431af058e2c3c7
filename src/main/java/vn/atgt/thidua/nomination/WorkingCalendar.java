package vn.atgt.thidua.nomination;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import vn.atgt.thidua.shared.time.VnDates;

/** The appraisal time limit: working days (weekends and public holidays of table {@code public_holiday} excluded). */
@Service
public class WorkingCalendar {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int appraisalDays;

	/**
	 * The holidays change once a year, by migration or by an operator's SQL; reading them on every dossier page was one
	 * statement per request (issue 17). They are read again after {@link #REFRESH}.
	 */
	private static final long REFRESH = Duration.ofMinutes(10).toNanos();

	private volatile Snapshot snapshot;

	private record Snapshot(WorkingDays days, long readAt) {
	}

	WorkingCalendar(JdbcTemplate jdbc, Clock clock,
			@Value("${app.nomination.appraisal-working-days:25}") int appraisalDays) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.appraisalDays = appraisalDays;
	}

	/** Read once when the application is ready, so that no request pays for the first read. */
	@EventListener(ApplicationReadyEvent.class)
	void readHolidays() {
		load();
	}

	/** The calendar with the holidays from the database (one query, then kept for ten minutes). */
	public WorkingDays load() {
		Snapshot current = this.snapshot;
		long now = System.nanoTime();
		if (current == null || now - current.readAt() > REFRESH) {
			current = new Snapshot(new WorkingDays(
					Set.copyOf(this.jdbc.queryForList("select day from public_holiday", LocalDate.class))), now);
			this.snapshot = current;
		}
		return current.days();
	}

	public LocalDate today() {
		return VnDates.today(this.clock);
	}

	/** The one rule for the appraisal time limit left (issue 14): working days from today to {@code due}; null without a due date. */
	public Long appraisalDaysLeft(LocalDate due) {
		return due == null ? null : load().daysLeft(today(), due);
	}

	public int appraisalDays() {
		return this.appraisalDays;
	}

}
