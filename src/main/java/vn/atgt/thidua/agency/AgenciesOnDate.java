package vn.atgt.thidua.agency;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Agencies as they stand on a date: {@code kept} exist on it, {@code succeeded} maps a ceased agency to the successor
 * that takes its place, {@code ceased} have no successor in existence.
 */
public record AgenciesOnDate(Set<Long> kept, Map<Long, Long> succeeded, Set<Long> ceased) {

	public AgenciesOnDate {
		kept = Set.copyOf(kept);
		succeeded = Map.copyOf(succeeded);
		ceased = Set.copyOf(ceased);
	}

	/** The agencies to take part: those kept and the successors. */
	public Set<Long> result() {
		Set<Long> result = new LinkedHashSet<>(this.kept);
		result.addAll(this.succeeded.values());
		return result;
	}

}
