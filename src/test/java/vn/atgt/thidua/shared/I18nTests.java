package vn.atgt.thidua.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build on a UI string that is not in the message files, on a key missing from one language, and on a
 * message key used in a template or in Java code (flash, field errors, state errors) that does not exist.
 */
class I18nTests {

	static final Path MESSAGES = Path.of("src/main/resources/messages");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path JAVA = Path.of("src/main/java");

	@Test
	void everyKeyExistsInBothLanguages() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path vi : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
				Path en = vi.resolveSibling(vi.getFileName().toString().replace(".properties", "_en.properties"));
				Set<String> viKeys = load(vi).stringPropertyNames();
				Set<String> enKeys = load(en).stringPropertyNames();
				viKeys.stream().filter(k -> !enKeys.contains(k)).forEach(k -> problems.add(en.getFileName() + " lacks " + k));
				enKeys.stream().filter(k -> !viKeys.contains(k)).forEach(k -> problems.add(vi.getFileName() + " lacks " + k));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		Pattern textBetweenTags = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");
		Pattern literalAttribute = Pattern.compile("\\s(placeholder|title|aria-label|alt)=\"([^\"]*\\p{L}[^\"]*)\"");
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>")
				.replaceAll("(?s)<style[^>]*>.*?</style>", "<style></style>");
			Matcher text = textBetweenTags.matcher(html);
			while (text.find()) {
				String literal = text.group(1).strip();
				String openingTag = html.substring(html.lastIndexOf('<', text.start()), text.start() + 1);
				boolean replacedByThymeleaf = !openingTag.startsWith("</") && openingTag.matches(
						"(?s).*\\s(th:text|th:utext|th:errors|th:replace|th:insert|th:remove|sec:authentication)=.*");
				if (!literal.isEmpty() && !replacedByThymeleaf && !literal.matches("\\[\\[.*]]")) {
					problems.add(TEMPLATES.relativize(template) + ": \"" + literal + "\"");
				}
			}
			Matcher attribute = literalAttribute.matcher(html);
			while (attribute.find()) {
				problems.add(TEMPLATES.relativize(template) + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void keysUsedInTemplatesAndCodeExist() throws IOException {
		Set<String> keys = allVietnameseKeys();
		List<String> missing = new ArrayList<>();
		Pattern templateKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
		for (Path template : templates()) {
			Matcher matcher = templateKey.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		Pattern codeKey = Pattern.compile(
				"(?:Flash\\.(?:success|warning)\\(\\w+, |rejectValue\\(\"[^\"]+\", |reject\\(|InvalidStateException\\()\"([a-zA-Z0-9_.]+)\"(?!\\s*\\+)");
		try (Stream<Path> sources = Files.walk(JAVA)) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = codeKey.matcher(Files.readString(source));
				while (matcher.find()) {
					if (!keys.contains(matcher.group(1))) {
						missing.add(JAVA.relativize(source) + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

	private static Set<String> allVietnameseKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
				keys.addAll(load(file).stringPropertyNames());
			}
		}
		return keys;
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
