package vn.atgt.thidua.nomination;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working-day arithmetic (ngày làm việc): weekends and the given public holidays are not counted. */
public record WorkingDays(Set<LocalDate> holidays) {

	public boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !this.holidays.contains(day);
	}

	/** The day on which a time limit of {@code days} working days, counted from the day after {@code start}, ends. */
	public LocalDate addWorkingDays(LocalDate start, int days) {
		LocalDate day = start;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** Working days left from {@code today} to {@code due}: 0 on the due date, negative once overdue. */
	public long daysLeft(LocalDate today, LocalDate due) {
		if (today.equals(due)) {
			return 0;
		}
		boolean forward = today.isBefore(due);
		LocalDate from = forward ? today : due;
		LocalDate to = forward ? due : today;
		long count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return forward ? count : -count;
	}

}
