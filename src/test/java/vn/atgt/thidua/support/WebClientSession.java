package vn.atgt.thidua.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One browser-like client over real HTTP: its own cookies (session), the CSRF token of its session, no redirects followed. */
public class WebClientSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final int port;

	private final HttpClient client;

	private String csrf;

	public WebClientSession(int port) {
		this.port = port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public record Answer(int status, String body, HttpResponse<String> response) {

		public String header(String name) {
			return this.response.headers().firstValue(name).orElse(null);
		}

		public List<String> headers(String name) {
			return this.response.headers().allValues(name);
		}
	}

	public void signIn(String username, String password) {
		get("/login");
		Answer answer = post("/login", List.of(Map.entry("username", username), Map.entry("password", password)));
		if (answer.status() != 302 || String.valueOf(answer.header("Location")).contains("error")) {
			throw new IllegalStateException("sign-in of " + username + " failed: " + answer.status());
		}
		get("/");
	}

	public URI uri(String pathAndQuery) {
		return URI.create("http://localhost:" + this.port + pathAndQuery);
	}

	public Answer get(String pathAndQuery) {
		return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
	}

	public Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Matcher m = CSRF.matcher(response.body());
			if (m.find()) {
				this.csrf = m.group(1);
			}
			return new Answer(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A form POST with this session's CSRF token (fetched from the home page when none was seen yet). */
	public Answer post(String path, List<Map.Entry<String, String>> fields) {
		return send(postRequest(path, fields));
	}

	public HttpRequest.Builder postRequest(String path, List<Map.Entry<String, String>> fields) {
		if (this.csrf == null) {
			get("/login");
		}
		String body = fields.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		body = body.isEmpty() ? "_csrf=" + encode(this.csrf) : body + "&_csrf=" + encode(this.csrf);
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	public String csrf() {
		return this.csrf;
	}

	public static String encode(String value) {
		return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
	}

	/** A multipart POST (fields and one file) with this session's CSRF token. */
	public Answer postMultipart(String path, List<Map.Entry<String, String>> fields, String fileField, String fileName,
			byte[] content) {
		if (this.csrf == null) {
			get("/login");
		}
		String boundary = "----thidua" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.util.List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
		all.add(Map.entry("_csrf", this.csrf));
		for (Map.Entry<String, String> field : all) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
				+ "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

}
