package vn.atgt.thidua.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The outermost filter: a request that fails because the database is unreachable before any controller runs — the
 * session store (sessions live in PostgreSQL) is read by a filter — gets the Vietnamese 503 "try again" page too,
 * written here without the session, the layout or a template (they would need the database again). A POST is said
 * not to be done, so the user sends it again.
 */
@Configuration(proxyBeanMethods = false)
class OutageFilter {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> outagePage(MessageSource messages, javax.sql.DataSource dataSource) {
		String page = page(messages, false);
		String writePage = page(messages, true);
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				try {
					chain.doFilter(request, response);
				}
				catch (IOException | ServletException | RuntimeException ex) {
					if (response.isCommitted() && DatabaseOutage.isCause(ex)) {
						// the answer was already decided (a redirect after the write committed) when the session store
						// failed to save the session: the answer stands, rather than becoming a 500 with its Location
						// (seen on a fresh clone: a created inspection answered 500)
						return;
					}
					if (response.isCommitted() || !(DatabaseOutage.isCause(ex) || outageBeingShown(request)
							|| unreachable(dataSource))) {
						throw ex;
					}
					response.reset();
					response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
					response.setHeader("Retry-After", "5");
					if (ErrorPages.isHtmx(request)) {
						return;
					}
					response.setContentType("text/html;charset=UTF-8");
					String html = "GET".equals(request.getMethod()) ? page : writePage;
					response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
				}
			}
		});
		// before Spring Session's filter (Integer.MIN_VALUE + 50), which reads the session from the database
		registration.setOrder(Integer.MIN_VALUE + 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * The error page of an outage failed in its turn (it met the database again: the session store, the sign-in
	 * state): the answer is still the outage's, never the container's last-resort page.
	 */
	static boolean outageBeingShown(HttpServletRequest request) {
		return request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable original
				&& DatabaseOutage.isCause(original);
	}

	/**
	 * A failure whose exception does not name the connection (a rollback that failed on a dead connection, a
	 * wrapped driver error) is still an outage when the database does not answer now.
	 */
	static boolean unreachable(javax.sql.DataSource dataSource) {
		try (java.sql.Connection connection = dataSource.getConnection()) {
			return !connection.isValid(1);
		}
		catch (java.sql.SQLException | RuntimeException ex) {
			return true;
		}
	}

	private static String page(MessageSource messages, boolean writeNotDone) {
		Locale vi = Locale.forLanguageTag("vi");
		String app = HtmlUtils.htmlEscape(messages.getMessage("app.name", null, vi), "UTF-8");
		String title = HtmlUtils.htmlEscape(messages.getMessage("error.503.title", null, vi), "UTF-8");
		String text = HtmlUtils.htmlEscape(messages.getMessage("error.503.text", null, vi), "UTF-8");
		String notDone = writeNotDone ? "<p id=\"write-not-done\" class=\"alert alert-warning\">"
				+ HtmlUtils.htmlEscape(messages.getMessage("error.503.notDone", null, vi), "UTF-8") + "</p>" : "";
		String home = HtmlUtils.htmlEscape(messages.getMessage("error.backHome", null, vi), "UTF-8");
		return """
				<!DOCTYPE html>
				<html lang="vi"><head><meta charset="utf-8"><title>%s · %s</title>
				<link rel="stylesheet" href="/webjars/bootstrap/dist/css/bootstrap.min.css">
				<link rel="stylesheet" href="/assets/css/app.css"></head>
				<body><nav class="navbar navbar-dark bg-primary"><div class="container-fluid">
				<a class="navbar-brand" href="/">%s</a></div></nav>
				<main class="container py-4"><h1 class="h3" id="error-title">%s</h1><p>%s</p>%s
				<a class="btn btn-primary" href="/">%s</a></main></body></html>
				""".formatted(title, app, app, title, text, notDone, home);
	}

}
