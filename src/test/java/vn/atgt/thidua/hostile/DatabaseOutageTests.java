package vn.atgt.thidua.hostile;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.atgt.thidua.ThiDuaApplication;
import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.account.UserAccountRepository;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.agency.AgencyKind;
import vn.atgt.thidua.agency.AgencyRepository;
import vn.atgt.thidua.shared.security.Role;
import vn.atgt.thidua.support.WebClientSession;
import vn.atgt.thidua.support.WebClientSession.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database outage under a bounded load (issue 16 class 6, issue 11 item 6): the application runs on a real
 * PostgreSQL of its own on a fixed port, a writer records inspections while the database is stopped and started
 * again. During the outage every page and every write gets the Vietnamese 503 page within a few seconds (an htmx
 * request an empty 503), a sign-in is not told its password is wrong; afterwards the application serves again by
 * itself and every write it acknowledged is in the database.
 */
class DatabaseOutageTests {

	static final String UNAVAILABLE = "Tạm thời không phục vụ được";

	static final Pattern CREATED = Pattern.compile("/inspections/(\\d+)$");

	private EmbeddedPostgres postgres;

	private ConfigurableApplicationContext app;

	@AfterEach
	void stop() throws IOException {
		if (this.app != null) {
			this.app.close();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	@Test
	void anOutageShowsTheTryAgainPageFastAndLosesNoAcknowledgedWrite() throws Exception {
		int pgPort = freePort();
		Path data = Files.createTempDirectory("outage-pg");
		this.postgres = start(pgPort, data);
		this.app = new SpringApplicationBuilder(ThiDuaApplication.class).profiles("test")
			.properties(Map.of("spring.datasource.url", "jdbc:postgresql://localhost:" + pgPort + "/postgres",
					"spring.datasource.username", "postgres", "server.port", "0",
					"app.database.connection-timeout", "2s", "spring.datasource.hikari.maximum-pool-size", "5"))
			.run();
		int port = ((WebServerApplicationContext) this.app).getWebServer().getPort();
		// what the server logged as an error with its cause chain, for the message when an answer is unexpected
		java.util.Queue<String> serverErrors = new java.util.concurrent.ConcurrentLinkedQueue<>();
		ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
			.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		ch.qos.logback.core.AppenderBase<ch.qos.logback.classic.spi.ILoggingEvent> errors = new ch.qos.logback.core.AppenderBase<>() {

			@Override
			protected void append(ch.qos.logback.classic.spi.ILoggingEvent event) {
				if (event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.ERROR) && serverErrors.size() < 20) {
					StringBuilder chain = new StringBuilder(event.getLoggerName() + ": " + event.getFormattedMessage());
					for (ch.qos.logback.classic.spi.IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
						chain.append(" <- ").append(t.getClassName()).append(": ").append(t.getMessage());
					}
					serverErrors.add(chain.toString());
				}
			}

		};
		errors.start();
		root.addAppender(errors);
		Long agency = this.app.getBean(AgencyRepository.class)
			.save(new Agency("Sở Thử mất kết nối", null, AgencyKind.PROVINCIAL_DEPARTMENT)).getId();
		this.app.getBean(UserAccountRepository.class).save(new UserAccount("outage-office", "Văn phòng thử",
				"outage@test.vn", this.app.getBean(PasswordEncoder.class).encode("Test@12345"), EnumSet.of(Role.OFFICE),
				null));
		WebClientSession office = new WebClientSession(port);
		office.signIn("outage-office", "Test@12345");

		// the bounded load: one writer, at most 400 inspections or 90 seconds
		Map<Long, String> acknowledged = new ConcurrentHashMap<>();
		AtomicInteger refused = new AtomicInteger();
		AtomicInteger unexpected = new AtomicInteger();
		java.util.Queue<String> unexpectedAnswers = new java.util.concurrent.ConcurrentLinkedQueue<>();
		AtomicBoolean stop = new AtomicBoolean();
		Thread writer = new Thread(() -> {
			long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
			for (int i = 0; i < 400 && !stop.get() && System.nanoTime() < until; i++) {
				String team = "Đoàn " + i + " " + UUID.randomUUID();
				Answer answer = office.post("/inspections/new", List.of(Map.entry("agencyId", String.valueOf(agency)),
						Map.entry("inspectedOn", "2024-09-20"), Map.entry("team", team), Map.entry("scope", "Phạm vi"),
						Map.entry("findings", "Kết quả"), Map.entry("creationToken", UUID.randomUUID().toString())));
				Matcher created = CREATED.matcher(String.valueOf(answer.header("Location")));
				if (answer.status() == 302 && created.find()) {
					acknowledged.put(Long.valueOf(created.group(1)), team);
				}
				else if (answer.status() == 503) {
					refused.incrementAndGet();
				}
				else {
					unexpected.incrementAndGet();
					unexpectedAnswers.add(answer.status() + " " + answer.header("Location") + " "
							+ answer.body().substring(0, Math.min(300, answer.body().length())));
				}
			}
		});
		writer.start();
		while (acknowledged.size() < 10 && writer.isAlive()) {
			Thread.sleep(20);
		}

		this.postgres.close();
		long stoppedAt = System.nanoTime();
		Answer page = office.get("/plans");
		long firstAnswer = Duration.ofNanos(System.nanoTime() - stoppedAt).toMillis();
		assertThat(page.status()).isEqualTo(503);
		assertThat(page.body()).contains(UNAVAILABLE).contains("navbar-brand");
		assertThat(firstAnswer).as("ms until the 503 page").isLessThan(8_000);

		Answer write = office.post("/inspections/new", List.of(Map.entry("agencyId", String.valueOf(agency)),
				Map.entry("inspectedOn", "2024-09-20"), Map.entry("team", "Trong lúc mất kết nối"),
				Map.entry("scope", "x"), Map.entry("findings", "x")));
		assertThat(write.status()).isEqualTo(503);
		assertThat(write.body()).contains(UNAVAILABLE).contains("id=\"write-not-done\"");

		Answer fragment = office.send(HttpRequest.newBuilder(office.uri("/notifications/badge")).header("HX-Request", "true"));
		assertThat(fragment.status()).isEqualTo(503);
		assertThat(fragment.body()).doesNotContain("navbar-brand").doesNotContain("Whitelabel");

		WebClientSession signingIn = new WebClientSession(port);
		signingIn.get("/login");
		Answer signIn = signingIn.post("/login", List.of(Map.entry("username", "outage-office"),
				Map.entry("password", "Test@12345")));
		assertThat(signIn.status()).isEqualTo(503);
		assertThat(signIn.body()).contains(UNAVAILABLE);
		long outageMs = Duration.ofNanos(System.nanoTime() - stoppedAt).toMillis();

		this.postgres = start(pgPort, data);
		long restartedAt = System.nanoTime();
		Answer again = office.get("/plans");
		for (int i = 0; i < 100 && again.status() != 200; i++) {
			again = office.get("/plans");
		}
		long recoveryMs = Duration.ofNanos(System.nanoTime() - restartedAt).toMillis();
		assertThat(again.status()).as("serves again after the restart").isEqualTo(200);
		int before = acknowledged.size();
		while (acknowledged.size() < before + 5 && writer.isAlive()) {
			Thread.sleep(20);
		}
		stop.set(true);
		writer.join(120_000);

		JdbcTemplate jdbc = new JdbcTemplate(this.postgres.getPostgresDatabase());
		Set<Long> lost = new java.util.TreeSet<>();
		acknowledged.forEach((id, team) -> {
			List<String> found = jdbc.queryForList("select team from inspection where id = ?", String.class, id);
			if (!found.equals(List.of(team))) {
				lost.add(id);
			}
		});
		System.out.printf("outage: first 503 after %d ms, outage %d ms, recovered %d ms after restart, "
				+ "%d writes acknowledged, %d refused with 503, %d lost%n", firstAnswer, outageMs, recoveryMs,
				acknowledged.size(), refused.get(), lost.size());
		assertThat(lost).isEmpty();
		root.detachAppender(errors);
		assertThat(unexpected.get()).as("answers other than created or 503: %s; server errors: %s", unexpectedAnswers,
				serverErrors).isZero();
		assertThat(acknowledged.size()).isGreaterThan(before);
	}

	private static EmbeddedPostgres start(int port, Path data) throws IOException {
		return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false)
			.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
