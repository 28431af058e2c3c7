package vn.atgt.thidua.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Vietnamese date conventions: deadlines are local calendar dates; Decree 30 zero-pads day &lt; 10 and months 1–2. */
public final class VnDates {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d/M/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm d/M/yyyy");

	private VnDates() {
	}

	/** {@code 30/6/2024}. */
	public static String shortDate(LocalDate date) {
		return date == null ? "" : SHORT.format(date);
	}

	/** {@code ngày 05 tháng 02 năm 2024}, as Decree 30/2020 writes the date of a document. */
	public static String longDate(LocalDate date) {
		if (date == null) {
			return "ngày … tháng … năm …";
		}
		String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
		String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
		return "ngày " + day + " tháng " + month + " năm " + date.getYear();
	}

	public static String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/** A submission is on time up to 23:59:59 local time of the due date; the result is the whole days late (0 if on time). */
	public static long daysLate(LocalDate dueDate, Instant submittedAt) {
		LocalDate submittedOn = ZonedDateTime.ofInstant(submittedAt, ZONE).toLocalDate();
		return Math.max(0, ChronoUnit.DAYS.between(dueDate, submittedOn));
	}

	/** Days from today to the due date: positive while time is left, negative when overdue. */
	public static long daysLeft(LocalDate dueDate, Clock clock) {
		return ChronoUnit.DAYS.between(today(clock), dueDate);
	}

}
