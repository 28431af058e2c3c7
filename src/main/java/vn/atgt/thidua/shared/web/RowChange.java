package vn.atgt.thidua.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import vn.atgt.thidua.shared.security.Htmx;

/**
 * What a row button changed: which rows ({@code taskGroupRows}, the name of their fragment in the form's template) and
 * which element gets the focus afterwards (rendered as {@code data-focus} by the rows' fragment, moved there by
 * {@code app.js}).
 */
public record RowChange(String rows, String focus) {

	/**
	 * Shows the form again after a row button: without errors (they appear on saving), and for htmx only the rows
	 * that changed, which it swaps in place; without script the whole form.
	 */
	public String show(String template, String formName, Object form, Model model, HttpServletRequest request) {
		model.addAttribute(formName, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, new BeanPropertyBindingResult(form, formName));
		model.addAttribute("rowFocus", this.focus);
		return Htmx.isFragmentRequest(request) ? template + " :: " + this.rows : template;
	}

}
