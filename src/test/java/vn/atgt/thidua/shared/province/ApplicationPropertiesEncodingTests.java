package vn.atgt.thidua.shared.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Spring Boot reads {@code .properties} files as ISO-8859-1: a Vietnamese letter typed as UTF-8 arrives as
 * "Tá»NH" and prints on every new plan's letterhead. The province's texts are written as {@code \\uXXXX} escapes.
 */
class ApplicationPropertiesEncodingTests {

	@Test
	void theProvinceLetterheadIsReadAsWritten() throws IOException {
		List<PropertySource<?>> sources = new PropertiesPropertySourceLoader().load("application",
				new ClassPathResource("application.properties"));
		PropertySource<?> source = sources.get(0);
		assertThat(source.getProperty("app.province.parent-body")).hasToString("UBND TỈNH LẠNG SƠN");
		assertThat(source.getProperty("app.province.issuing-body")).hasToString("BAN AN TOÀN GIAO THÔNG");
		assertThat(source.getProperty("app.province.place")).hasToString("Lạng Sơn");
	}

	@Test
	void noApplicationPropertiesFileHoldsALetterOutsideAscii() throws IOException {
		try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/resources")),
				Files.list(Path.of("src/test/resources")))) {
			List<String> offending = files.filter(file -> file.getFileName().toString().matches("application.*\\.properties"))
				.flatMap(file -> lines(file).stream()
					.filter(line -> !line.stripLeading().startsWith("#"))
					.filter(line -> line.chars().anyMatch(c -> c > 127))
					.map(line -> file.getFileName() + ": " + line))
				.toList();
			assertThat(offending).as("write these letters as \\uXXXX escapes").isEmpty();
		}
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
