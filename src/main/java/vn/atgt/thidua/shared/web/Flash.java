package vn.atgt.thidua.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Flash messages are message keys (with optional arguments), rendered by the layout. */
// Serializable: flash attributes live in the session, which Spring Session stores in PostgreSQL
public record Flash(String level, String key, Object[] args) implements java.io.Serializable {

	public static void success(RedirectAttributes attributes, String key, Object... args) {
		attributes.addFlashAttribute("flash", new Flash("success", key, args));
	}

	public static void warning(RedirectAttributes attributes, String key, Object... args) {
		attributes.addFlashAttribute("flash", new Flash("warning", key, args));
	}

}
