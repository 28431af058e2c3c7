package vn.atgt.thidua.notification;

import java.time.Instant;

/** A notification as the list and the bell show it, its text already in the reader's language. */
public record NotificationView(Long id, String text, String link, Instant createdAt, boolean read) {
}
