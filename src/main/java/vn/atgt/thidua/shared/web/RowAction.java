package vn.atgt.thidua.shared.web;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A row button of a form with repeating rows, sent as the {@code _row} parameter: {@code addTaskGroup},
 * {@code removeTaskGroup:2}, {@code upTaskGroup:2}, {@code downTaskGroup:2}. The same button works with and without
 * script: htmx posts the form and swaps only the rows (the page stays where the user was), without script the whole
 * form comes back. Applying it tells which rows changed and which element should have the focus afterwards, by the ids
 * the row templates give: {@code taskGroup-2} for a row, {@code taskGroup-2-up} for its buttons, {@code taskGroup-add}.
 *
 * @param verb what the button does
 * @param kind the kind of row as the button names it ({@code TaskGroup}, {@code Target}, {@code Item})
 * @param index the row the button belongs to, -1 for "add"
 */
public record RowAction(Verb verb, String kind, int index) {

	public enum Verb {

		ADD, REMOVE, UP, DOWN

	}

	private static final int MAX_ROWS = 200;

	/** The button's value, or empty for a value no form sends. */
	public static Optional<RowAction> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String[] parts = value.split(":", 2);
		for (Verb verb : Verb.values()) {
			String prefix = verb.name().toLowerCase(Locale.ROOT);
			if (parts[0].startsWith(prefix) && parts[0].length() > prefix.length()) {
				int index = parts.length > 1 ? parseIndex(parts[1]) : -1;
				if ((verb == Verb.ADD) != (index < 0)) {
					return Optional.empty();
				}
				return Optional.of(new RowAction(verb, parts[0].substring(prefix.length()), index));
			}
		}
		return Optional.empty();
	}

	/**
	 * Applies the button to its rows and answers which rows changed and the element to focus next: the new row, the moved row's
	 * same button, the row that took the removed one's place, or the "add" button when no row is left. An index past
	 * the rows changes nothing (a stale page); a form never grows past {@value #MAX_ROWS} rows.
	 */
	public <T> RowChange applyTo(List<T> rows, Supplier<T> blank) {
		return new RowChange(prefix() + "Rows", focusAfter(rows, blank));
	}

	private <T> String focusAfter(List<T> rows, Supplier<T> blank) {
		switch (this.verb) {
			case ADD -> {
				if (rows.size() < MAX_ROWS) {
					rows.add(blank.get());
				}
				return rowId(rows.size() - 1);
			}
			case REMOVE -> {
				if (this.index < rows.size()) {
					rows.remove(this.index);
				}
				return rows.isEmpty() ? addButtonId() : rowId(Math.min(this.index, rows.size() - 1));
			}
			case UP -> {
				int to = move(rows, this.index - 1);
				return buttonId(to, to == 0 ? "down" : "up");
			}
			default -> {
				int to = move(rows, this.index + 1);
				return buttonId(to, to == rows.size() - 1 ? "up" : "down");
			}
		}
	}

	private <T> int move(List<T> rows, int to) {
		if (this.index < rows.size() && to >= 0 && to < rows.size()) {
			Collections.swap(rows, this.index, to);
			return to;
		}
		return Math.min(this.index, Math.max(rows.size() - 1, 0));
	}

	/** The id the template gives row {@code i} of this kind: {@code taskGroup-2}. */
	String rowId(int i) {
		return prefix() + "-" + i;
	}

	String buttonId(int i, String button) {
		return rowId(i) + "-" + button;
	}

	/** The id of the kind's "add" button: {@code taskGroup-add}. */
	String addButtonId() {
		return prefix() + "-add";
	}

	private String prefix() {
		return Character.toLowerCase(this.kind.charAt(0)) + this.kind.substring(1);
	}

	private static int parseIndex(String value) {
		return value.matches("[0-9]{1,4}") ? Integer.parseInt(value) : -2;
	}

}
