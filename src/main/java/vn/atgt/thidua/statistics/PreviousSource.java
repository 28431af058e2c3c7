package vn.atgt.thidua.statistics;

/** Where the figures of the same period of the previous year come from (ADR 0172). */
public enum PreviousSource {

	/** Equal to the stored figures of that period. */
	STORED,

	/** Different from the stored figures, and the difference confirmed with a reason. */
	CONFIRMED,

	/** No stored figures of that period: as entered. */
	ENTERED,

	/** Different from the stored figures and not confirmed: no target is judged on them. */
	UNCONFIRMED;

	/** Whether targets may be judged on figures compared this way. */
	public boolean judgeable() {
		return this != UNCONFIRMED;
	}

}
