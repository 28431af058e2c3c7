package vn.atgt.thidua.shared.web;

import java.beans.PropertyEditorSupport;

/**
 * Binds a {@code page} request parameter. A page past the end is a bookmark gone stale, not an error: a number
 * beyond {@link #MAX_PAGE} (which would overflow the query's offset) is clamped and a negative one becomes 0;
 * anything that is not a plain number ({@code 1e3}, {@code %00}) is refused and answered with the 400 page.
 */
class PageNumberEditor extends PropertyEditorSupport {

	static final int MAX_PAGE = 100_000;

	@Override
	public void setAsText(String text) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			setValue(0);
			return;
		}
		if (!value.matches("-?[0-9]{1,100}")) {
			throw new IllegalArgumentException("not a page number");
		}
		if (value.startsWith("-")) {
			setValue(0);
			return;
		}
		String digits = value.replaceFirst("^0+(?=.)", "");
		setValue(digits.length() > 6 ? MAX_PAGE : Math.min(Integer.parseInt(digits), MAX_PAGE));
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return value == null ? "0" : value.toString();
	}

}
