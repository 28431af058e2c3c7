package vn.atgt.thidua.home;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import vn.atgt.thidua.support.LiveServerTest;
import vn.atgt.thidua.support.WebClientSession;
import vn.atgt.thidua.support.WebClientSession.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 item 7: every page a person can reach by following links from the start page — as the office, an agency,
 * a reviewer, the administrator and an anonymous visitor, on the demo data — speaks to a clerk: no database id
 * written as {@code #123}, no name of one of the application's enum constants ({@code SUBMITTED}, {@code OFFICE}…)
 * as text, no unresolved message key {@code ??key??}. Links are followed breadth first; of the URLs that differ
 * only in their ids a few are visited, so every kind of page is seen without visiting every record.
 */
class ReadablePagesCrawlTests extends LiveServerTest {

	private static final Pattern HREF = Pattern.compile("<a\\b[^>]*?\\bhref=\"([^\"#][^\"]*)\"", Pattern.CASE_INSENSITIVE);

	private static final Pattern DATABASE_ID = Pattern.compile("(?<![&\\w])#\\d+");

	private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?\\s<>\"]+\\?\\?");

	private static final Pattern ATTRIBUTE_TEXT = Pattern
		.compile("\\b(?:title|placeholder|aria-label|alt|data-confirm)=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	/** Pages whose kind (path with ids replaced and query names) is visited at most this often. */
	private static final int PER_KIND = 3;

	private static final int MAX_PAGES = 400;

	@ParameterizedTest
	@ValueSource(strings = { "vanphong", "congan", "thamdinh", "admin", "" })
	void everyReachablePageSpeaksToAClerk(String username) {
		WebClientSession session = username.isEmpty() ? anonymous() : signedIn(username);
		Set<String> enumNames = enumConstantNames();
		Pattern enumWord = Pattern.compile("\\b(" + String.join("|", enumNames) + ")\\b");
		Deque<String> queue = new ArrayDeque<>(List.of("/", "/public/plans", "/public/awards", "/public/models"));
		if (!username.isEmpty()) {
			// a page someone may type or bookmark: it answers in Vietnamese (issue 12 item 9), not Whitelabel
			String typed = session.get("/nominations/new").body();
			assertThat(typed).doesNotContain("Whitelabel", "Method Not Allowed").contains("lang=\"vi\"");
		}
		Set<String> seen = new LinkedHashSet<>(queue);
		Map<String, String> from = new HashMap<>();
		Map<String, Integer> kinds = new HashMap<>();
		Set<String> problems = new TreeSet<>();
		int pages = 0;
		while (!queue.isEmpty() && pages < MAX_PAGES) {
			String path = queue.poll();
			Answer answer = session.get(path);
			String type = String.valueOf(answer.header("Content-Type"));
			if (answer.status() >= 400) {
				// a link shown to this person leads nowhere (404), to a refusal (403) or to an error
				problems.add("answer " + answer.status() + " on " + path + " (linked from " + from.get(path) + ")");
			}
			if (answer.status() != 200 || !type.startsWith("text/html")) {
				continue;
			}
			pages++;
			String html = answer.body();
			String text = visibleText(html);
			find(UNRESOLVED, html, path, "unresolved key", problems);
			find(DATABASE_ID, text, path, "database id", problems);
			find(enumWord, text, path, "enum constant", problems);
			for (String link : links(html, path)) {
				String kind = kind(link);
				if (seen.contains(link) || kinds.getOrDefault(kind, 0) >= PER_KIND) {
					continue;
				}
				kinds.merge(kind, 1, Integer::sum);
				seen.add(link);
				from.put(link, path);
				queue.add(link);
			}
		}
		System.out.printf("crawl as %s: %d pages, %d kinds%n", username.isEmpty() ? "anonymous" : username, pages,
				kinds.size());
		assertThat(pages).as("pages crawled").isGreaterThan(username.isEmpty() ? 2 : 8);
		assertThat(problems).isEmpty();
	}

	private static void find(Pattern pattern, String text, String path, String what, Set<String> problems) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			int from = Math.max(0, m.start() - 40);
			int to = Math.min(text.length(), m.end() + 40);
			problems.add(what + " '" + m.group() + "' on " + path + ": …" + text.substring(from, to).replaceAll("\\s+", " ")
					+ "…");
		}
	}

	/** The text a person reads: element text, titles, placeholders and labels; no scripts, styles or values. */
	static String visibleText(String html) {
		String withoutCode = html.replaceAll("(?is)<(script|style)\\b.*?</\\1>", " ").replaceAll("(?s)<!--.*?-->", " ");
		StringBuilder text = new StringBuilder();
		Matcher attributes = ATTRIBUTE_TEXT.matcher(withoutCode);
		while (attributes.find()) {
			text.append(attributes.group(1)).append('\n');
		}
		text.append(withoutCode.replaceAll("(?s)<[^>]*>", " "));
		return org.springframework.web.util.HtmlUtils.htmlUnescape(text.toString());
	}

	private static List<String> links(String html, String from) {
		List<String> links = new ArrayList<>();
		Matcher m = HREF.matcher(html);
		while (m.find()) {
			String href = org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1));
			URI uri;
			try {
				uri = URI.create("http://localhost" + from).resolve(href);
			}
			catch (IllegalArgumentException ex) {
				continue;
			}
			if (!"localhost".equals(uri.getHost()) || uri.getPath() == null) {
				continue;
			}
			String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
			if (path.startsWith("/logout") || path.contains("lang=") || path.startsWith("/webjars")
					|| path.startsWith("/assets") || path.matches(".*\\.(pdf|xlsx|docx|zip)(\\?.*)?")) {
				continue;
			}
			links.add(path);
		}
		return links;
	}

	/** The page kind of a link: its path with numbers replaced, and the names (not values) of its parameters. */
	private static String kind(String link) {
		int q = link.indexOf('?');
		String path = (q < 0 ? link : link.substring(0, q)).replaceAll("/\\d+", "/{n}");
		if (q < 0) {
			return path;
		}
		Set<String> names = new TreeSet<>();
		for (String pair : link.substring(q + 1).split("&")) {
			names.add(pair.split("=", 2)[0]);
		}
		return path + "?" + names;
	}

	/** The constants of every enum of the application (three letters or more, so that "A" or "VN" do not count). */
	static Set<String> enumConstantNames() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
		Set<String> names = new TreeSet<>();
		for (var candidate : scanner.findCandidateComponents("vn.atgt.thidua")) {
			try {
				Class<?> type = Class.forName(candidate.getBeanClassName());
				if (!type.isEnum() || type.getProtectionDomain().getCodeSource().getLocation().getPath()
					.contains("test-classes")) {
					continue;
				}
				for (Object constant : type.getEnumConstants()) {
					String name = ((Enum<?>) constant).name();
					if (name.length() >= 3 && !ALLOWED.contains(name)) {
						names.add(name);
					}
				}
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return names;
	}

	/**
	 * Constants that are also ordinary words of a page: file formats, "VIỆT NAM" of the national motto, "TUQ." (thừa
	 * ủy quyền) of a signature block.
	 */
	private static final Set<String> ALLOWED = Set.of("PDF", "XLSX", "DOCX", "CSV", "ZIP", "PNG", "JPG", "JPEG", "NAM",
			"TUQ");

	private static java.util.Properties properties(String resource) {
		java.util.Properties properties = new java.util.Properties();
		try (var in = new java.io.InputStreamReader(
				ReadablePagesCrawlTests.class.getClassLoader().getResourceAsStream(resource),
				java.nio.charset.StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return properties;
	}

	/** Every kind of action the audit trail holds after the demo and the crawl has a Vietnamese and an English label. */
	@org.junit.jupiter.api.Test
	void everyAuditActionHasALabel() {
		signedIn("vanphong").get("/audit");
		java.util.Properties vi = properties("messages/audit.properties");
		java.util.Properties en = properties("messages/audit_en.properties");
		List<String> actions = this.jdbc.queryForList("select distinct action from audit_event", String.class);
		assertThat(actions).isNotEmpty();
		assertThat(actions).allSatisfy(action -> {
			assertThat(vi.containsKey("audit.action." + action)).as("Vietnamese label of " + action).isTrue();
			assertThat(en.containsKey("audit.action." + action)).as("English label of " + action).isTrue();
		});
	}

}
