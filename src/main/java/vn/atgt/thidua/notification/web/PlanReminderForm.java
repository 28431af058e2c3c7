package vn.atgt.thidua.notification.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The form of a plan's reminder schedule; kept as typed text so a mistake is shown back as entered. */
public class PlanReminderForm {

	private String daysBefore;

	private String overdueEveryDays;

	public String getDaysBefore() {
		return this.daysBefore;
	}

	public void setDaysBefore(String daysBefore) {
		this.daysBefore = daysBefore;
	}

	public String getOverdueEveryDays() {
		return this.overdueEveryDays;
	}

	public void setOverdueEveryDays(String overdueEveryDays) {
		this.overdueEveryDays = overdueEveryDays;
	}

	/** Distinct whole numbers 1–60, largest first; {@code null} when the text is not such a list. */
	List<Integer> parsedDaysBefore() {
		if (this.daysBefore == null || this.daysBefore.isBlank()) {
			return null;
		}
		Set<Integer> days = new LinkedHashSet<>();
		for (String part : this.daysBefore.split(",", -1)) {
			String value = part.strip();
			if (!value.matches("\\d{1,2}")) {
				return null;
			}
			int day = Integer.parseInt(value);
			if (day < 1 || day > 60 || !days.add(day)) {
				return null;
			}
		}
		List<Integer> sorted = new ArrayList<>(days);
		sorted.sort((a, b) -> b - a);
		return sorted;
	}

	/** A whole number 1–30, or {@code null}. */
	Integer parsedOverdueEveryDays() {
		String value = this.overdueEveryDays == null ? "" : this.overdueEveryDays.strip();
		if (!value.matches("\\d{1,2}")) {
			return null;
		}
		int days = Integer.parseInt(value);
		return days >= 1 && days <= 30 ? days : null;
	}

}
