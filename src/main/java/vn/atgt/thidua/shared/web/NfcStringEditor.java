package vn.atgt.thidua.shared.web;

import java.beans.PropertyEditorSupport;

import vn.atgt.thidua.shared.text.Texts;

/**
 * Binds every submitted string in NFC, trimmed, blank as null. A NUL character cannot be stored by PostgreSQL,
 * so it becomes a binding error next to the field instead of a 500.
 */
class NfcStringEditor extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		if (text != null && text.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("NUL character in input");
		}
		setValue(Texts.clean(text));
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return value == null ? "" : value.toString();
	}

}
