package vn.atgt.thidua.statistics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules that make a set of figures agree with itself (issue 14.3, ADR 0172): every sub-count (especially serious,
 * very serious, serious, drink-driving, commercial transport) is at most the accidents; deaths and injuries are
 * plausible against the accidents (a warning); the previous period agrees with the stored one or the difference is
 * confirmed with a reason.
 */
public final class FiguresChecks {

	/** Above this many deaths (or injuries) per accident on average the figures are flagged as implausible. */
	public static final int PEOPLE_PER_ACCIDENT = 10;

	private FiguresChecks() {
	}

	/** The sub-counts (form field → value) that exceed the accidents. */
	public static Map<String, Integer> subCountsAboveTotal(int accidents, Integer especiallySerious,
			Integer verySerious, Integer serious, Integer drinkDriving, Integer commercialTransport) {
		Map<String, Integer> all = new LinkedHashMap<>();
		all.put("especiallySerious", especiallySerious);
		all.put("verySerious", verySerious);
		all.put("serious", serious);
		all.put("drinkDriving", drinkDriving);
		all.put("commercialTransport", commercialTransport);
		Map<String, Integer> above = new LinkedHashMap<>();
		all.forEach((field, value) -> {
			if (value != null && value > accidents) {
				above.put(field, value);
			}
		});
		return above;
	}

	/** More deaths or injuries than {@link #PEOPLE_PER_ACCIDENT} per accident, or people without any accident. */
	public static boolean implausible(Counts counts) {
		if (counts.accidents() == 0) {
			return counts.injuries() > 0;
		}
		return counts.deaths() > counts.accidents() * PEOPLE_PER_ACCIDENT
				|| counts.injuries() > counts.accidents() * PEOPLE_PER_ACCIDENT;
	}

	/**
	 * Where the previous-period figures of a record come from, judged against the stored previous period
	 * ({@code stored} null when there is none).
	 */
	public static PreviousSource source(Counts previous, Counts stored, String reason) {
		if (stored == null) {
			return PreviousSource.ENTERED;
		}
		if (stored.equals(previous)) {
			return PreviousSource.STORED;
		}
		return reason == null || reason.isBlank() ? PreviousSource.UNCONFIRMED : PreviousSource.CONFIRMED;
	}

}
