package vn.atgt.thidua.shared.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One field's old and new value. */
public record FieldChange(String field, String oldValue, String newValue) {

	/** The fields whose value differs between two snapshots (same keys, in the order of {@code before}). */
	public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
		List<FieldChange> changes = new ArrayList<>();
		before.forEach((field, oldValue) -> {
			String newValue = after.get(field);
			if (!Objects.equals(oldValue, newValue)) {
				changes.add(new FieldChange(field, oldValue, newValue));
			}
		});
		after.forEach((field, newValue) -> {
			if (!before.containsKey(field) && newValue != null) {
				changes.add(new FieldChange(field, null, newValue));
			}
		});
		return changes;
	}

}
