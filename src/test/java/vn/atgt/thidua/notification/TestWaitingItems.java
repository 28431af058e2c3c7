package vn.atgt.thidua.notification;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/** A waiting-item source the tests fill. */
@Component
public class TestWaitingItems implements WaitingItemSource {

	private final List<WaitingItem> items = new CopyOnWriteArrayList<>();

	public void add(String title, Instant since) {
		this.items.add(new WaitingItem("notification.kind.report", title, "Sở Thử nghiệm",
				"notification.reminders.trigger.OVERDUE", since, 5, "/plans/1"));
	}

	@Override
	public List<WaitingItem> waitingTooLong() {
		return List.copyOf(this.items);
	}

}
