package vn.atgt.thidua.home;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The breadcrumb trail of every page below the top level (issue 12 item 8), from the route of the request: each
 * leading part of the route that is a page itself (it has a {@code crumb.<route>} message, ids written {@code {}})
 * becomes a link, the page itself the last crumb. No statement is run: crumbs name kinds of page, the page's own
 * heading names the record.
 */
@ControllerAdvice(basePackages = "vn.atgt.thidua")
class Breadcrumbs {

	/** One crumb; {@code href} is null for the current page. */
	public record Crumb(String label, String href) {
	}

	private final MessageSource messages;

	Breadcrumbs(MessageSource messages) {
		this.messages = messages;
	}

	@ModelAttribute("breadcrumbs")
	List<Crumb> breadcrumbs(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (!(pattern instanceof String route) || !"GET".equals(request.getMethod())) {
			return List.of();
		}
		String[] routeParts = route.substring(1).split("/");
		String[] pathParts = request.getRequestURI().substring(request.getContextPath().length() + 1).split("/");
		if (routeParts.length < 2 || pathParts.length != routeParts.length) {
			return List.of();
		}
		List<Crumb> crumbs = new ArrayList<>();
		crumbs.add(new Crumb(label("crumb.home"), "/"));
		StringBuilder key = new StringBuilder("crumb.");
		StringBuilder href = new StringBuilder(request.getContextPath());
		for (int i = 0; i < routeParts.length; i++) {
			key.append('/').append(routeParts[i].startsWith("{") ? "{}" : routeParts[i]);
			href.append('/').append(pathParts[i]);
			String label = label(key.toString());
			if (label != null) {
				crumbs.add(new Crumb(label, i == routeParts.length - 1 ? null : href.toString()));
			}
		}
		return crumbs.size() > 1 ? crumbs : List.of();
	}

	private String label(String key) {
		return this.messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
	}

}
