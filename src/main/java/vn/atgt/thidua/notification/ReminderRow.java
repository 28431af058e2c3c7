package vn.atgt.thidua.notification;

import java.time.Instant;
import java.time.LocalDate;

/** A reminder sent, as the reminders page lists it. */
public record ReminderRow(Long id, Long planId, String planNumber, String agencyName, String kind, String trigger,
		LocalDate reminderDate, LocalDate dueDate, Instant sentAt, String sentBy) {
}
