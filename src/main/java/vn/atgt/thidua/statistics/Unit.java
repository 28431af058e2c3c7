package vn.atgt.thidua.statistics;

/** What a count counts, with the Vietnamese word reports print after the number. */
public enum Unit {

	ACCIDENTS("vụ"), PEOPLE("người");

	private final String word;

	Unit(String word) {
		this.word = word;
	}

	public String word() {
		return this.word;
	}

}
