package vn.atgt.thidua.subplan;

/** One field that differs between two submitted versions; {@code field} is a message-key suffix, {@code index} its row. */
public record DiffRow(String field, Integer index, String oldValue, String newValue) {

	static DiffRow of(String key, String oldValue, String newValue) {
		int dot = key.indexOf('.');
		if (dot < 0) {
			return new DiffRow(key, null, oldValue, newValue);
		}
		return new DiffRow(key.substring(0, dot), Integer.valueOf(key.substring(dot + 1)), oldValue, newValue);
	}

}
