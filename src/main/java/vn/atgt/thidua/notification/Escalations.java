package vn.atgt.thidua.notification;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

/** Everything that has waited too long, from every {@link WaitingItemSource}, oldest first. */
@Service
public class Escalations {

	private final List<WaitingItemSource> sources;

	Escalations(List<WaitingItemSource> sources) {
		this.sources = sources;
	}

	public List<WaitingItem> waitingTooLong() {
		return this.sources.stream()
			.flatMap(source -> source.waitingTooLong().stream())
			.sorted(Comparator.comparing(WaitingItem::since))
			.toList();
	}

}
