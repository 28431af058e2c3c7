package vn.atgt.thidua.statistics;

/** The three headline criteria (accidents, deaths, injuries) against the same period of the previous year. */
public record HeadlineChange(Change accidents, Change deaths, Change injuries) {

	public static HeadlineChange of(Counts previous, Counts current) {
		return new HeadlineChange(Change.of(previous.accidents(), current.accidents()),
				Change.of(previous.deaths(), current.deaths()), Change.of(previous.injuries(), current.injuries()));
	}

	/** "Giảm trên cả 3 tiêu chí": true only if all three went down. */
	public boolean downOnAllThree() {
		return this.accidents.decreased() && this.deaths.decreased() && this.injuries.decreased();
	}

	/** {@code giảm 6 vụ (-17,6%), giảm 7 người chết (-20,6%), giảm 6 người bị thương (-46,2%)}. */
	public String describe() {
		return this.accidents.describe(Unit.ACCIDENTS) + ", " + withNoun(this.deaths, "chết") + ", "
				+ withNoun(this.injuries, "bị thương");
	}

	private static String withNoun(Change change, String noun) {
		if (change.delta() == 0) {
			return "số người " + noun + " không thay đổi";
		}
		String text = (change.delta() < 0 ? "giảm " : "tăng ") + VnNumbers.integer(Math.abs(change.delta())) + " "
				+ Unit.PEOPLE.word() + " " + noun;
		return change.hasPercent() ? text + " (" + change.percentText() + ")" : text;
	}

}
