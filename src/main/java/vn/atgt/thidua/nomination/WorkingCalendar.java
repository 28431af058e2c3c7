package vn.atgt.thidua.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import vn.atgt.thidua.shared.time.VnDates;

/** The appraisal time limit: working days (weekends and public holidays of table {@code public_holiday} excluded). */
@Service
public class WorkingCalendar {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int appraisalDays;

	WorkingCalendar(JdbcTemplate jdbc, Clock clock,
			@Value("${app.nomination.appraisal-working-days:25}") int appraisalDays) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.appraisalDays = appraisalDays;
	}

	/** The calendar with the holidays from the database (one query). */
	public WorkingDays load() {
		return new WorkingDays(new HashSet<>(this.jdbc.queryForList("select day from public_holiday", LocalDate.class)));
	}

	public LocalDate today() {
		return VnDates.today(this.clock);
	}

	public int appraisalDays() {
		return this.appraisalDays;
	}

}
