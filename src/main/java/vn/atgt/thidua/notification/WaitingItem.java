package vn.atgt.thidua.notification;

import java.time.Instant;

/**
 * A record that waits too long.
 * @param kindKey message key of what it is ({@code notification.kind.subplan})
 * @param stateKey message key of the state it waits in ({@code subplan.status.SUBMITTED})
 * @param since when it entered that state; {@code limitDays} its time limit
 * @param link the record's page
 */
public record WaitingItem(String kindKey, String title, String agencyName, String stateKey, Instant since,
		int limitDays, String link) {
}
