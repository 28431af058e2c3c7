package vn.atgt.thidua.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A request Tomcat refuses before it reaches the application — a header or URL over the size limit, a NUL or a
 * malformed escape in the path, a header with a control character — is answered by the container itself, with
 * its English "HTTP Status 400" page. This gives the container a static Vietnamese page instead, written at start
 * from the message files in the look of the application's own pages.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final MessageSource messages;

	ContainerErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		Path badRequest = write("400");
		Path other = write("4xx");
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				ErrorReportValve valve = new ErrorReportValve();
				valve.setShowReport(false);
				valve.setShowServerInfo(false);
				valve.setProperty("errorCode.400", badRequest.toString());
				valve.setProperty("errorCode.0", other.toString());
				// found by the host at start, so it does not add its default one
				host.getPipeline().addValve(valve);
			}
		});
	}

	private Path write(String status) {
		java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
		String app = HtmlUtils.htmlEscape(this.messages.getMessage("app.name", null, vi), "UTF-8");
		String title = HtmlUtils.htmlEscape(this.messages.getMessage("error." + status + ".title", null, vi), "UTF-8");
		String text = HtmlUtils.htmlEscape(this.messages.getMessage("error." + status + ".text", null, vi), "UTF-8");
		String home = HtmlUtils.htmlEscape(this.messages.getMessage("error.backHome", null, vi), "UTF-8");
		String html = """
				<!DOCTYPE html>
				<html lang="vi"><head><meta charset="utf-8"><title>%s · %s</title>
				<link rel="stylesheet" href="/webjars/bootstrap/dist/css/bootstrap.min.css">
				<link rel="stylesheet" href="/assets/css/app.css"></head>
				<body><nav class="navbar navbar-dark bg-primary"><div class="container-fluid">
				<a class="navbar-brand" href="/">%s</a></div></nav>
				<main class="container py-4"><h1 class="h3" id="error-title">%s</h1><p>%s</p>
				<a class="btn btn-primary" href="/">%s</a></main></body></html>
				""".formatted(title, app, app, title, text, home);
		try {
			Path file = Files.createTempFile("thidua-error-" + status + "-", ".html");
			file.toFile().deleteOnExit();
			Files.writeString(file, html, StandardCharsets.UTF_8);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
