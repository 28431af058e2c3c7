package vn.atgt.thidua.statistics;

/** The three headline counts of one period. */
public record Counts(long accidents, long deaths, long injuries) {

	public Counts {
		if (accidents < 0 || deaths < 0 || injuries < 0) {
			throw new IllegalArgumentException("counts are never negative");
		}
	}

}
