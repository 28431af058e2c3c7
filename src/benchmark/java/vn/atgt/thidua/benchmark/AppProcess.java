package vn.atgt.thidua.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application under test, started from the packaged jar in its own JVM ({@code -Xmx512m}, 127.0.0.1 only), as
 * an operator would start it. Records how long it took to answer and how much CPU it used getting there.
 */
final class AppProcess implements AutoCloseable {

	private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds");

	private final Process process;

	private final Path log;

	private final int port;

	private double startSeconds;

	private double startCpuSeconds;

	private AppProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	static AppProcess start(BenchmarkSettings settings, String profiles, String logName, String... extraJvm)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.addAll(List.of(extraJvm));
		command.add("-cp");
		command.add(settings.classpath());
		command.add("vn.atgt.thidua.dev.DevApplication");
		command.add("--spring.profiles.active=" + profiles);
		command.add("--server.address=127.0.0.1");
		command.add("--server.port=" + settings.appPort());
		command.add("--app.embedded-postgres.port=" + settings.pgPort());
		command.add("--app.embedded-postgres.data-directory=" + settings.pgData());
		command.add("--app.storage.directory=" + settings.dir().resolve("files"));
		// the generated accounts sign in with the password alone, as the demo ones; the published development key
		// (ADR 0161) also for the second start, which runs without the demo profile
		command.add("--app.security.mfa.required-roles=");
		command.add("--app.security.totp-encryption-key=dGhpZHVhLWRldi1vbmx5LW5vdC1hLXNlY3JldC1rZXk=");
		command.add("--logging.level.org.hibernate.SQL=warn");
		// readiness (in /actuator/health) turns UP only after the runners, the demo loader among them, have finished
		command.add("--management.endpoint.health.probes.enabled=true");
		Path log = settings.dir().resolve(logName);
		long t0 = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		AppProcess app = new AppProcess(process, log, settings.appPort());
		// whatever happens to the load generator's JVM, the application it started does not outlive it
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
		try {
			app.awaitReady(Duration.ofMinutes(5));
		}
		catch (RuntimeException | IOException | InterruptedException ex) {
			app.close();
			throw ex;
		}
		app.startSeconds = (System.nanoTime() - t0) / 1e9;
		app.startCpuSeconds = app.cpuSeconds();
		return app;
	}

	private void awaitReady(Duration limit) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the application stopped during start-up; see " + this.log);
			}
			try {
				HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("the application did not answer within " + limit + "; see " + this.log);
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	long pid() {
		return this.process.pid();
	}

	/** Wall time from launching the JVM to the first answered request. */
	double startSeconds() {
		return this.startSeconds;
	}

	double startCpuSeconds() {
		return this.startCpuSeconds;
	}

	/** What Spring Boot itself reports ("Started … in N seconds"), or -1. */
	double springStartSeconds() throws IOException {
		Matcher m = STARTED.matcher(Files.readString(this.log));
		return m.find() ? Double.parseDouble(m.group(1)) : -1;
	}

	Path log() {
		return this.log;
	}

	/** CPU time the application JVM has used so far (the PostgreSQL processes are its children, not counted). */
	double cpuSeconds() {
		return this.process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(-1.0);
	}

	/** Heap in use now, in MB, from {@code jstat -gc}: survivor, eden and old generation used. */
	double heapUsedMb() {
		try {
			Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc",
					Long.toString(pid())).redirectErrorStream(true).start();
			String[] lines = new String(jstat.getInputStream().readAllBytes()).trim().split("\\R");
			jstat.waitFor(10, TimeUnit.SECONDS);
			String[] head = lines[0].trim().split("\\s+");
			String[] vals = lines[lines.length - 1].trim().split("\\s+");
			double kb = 0;
			for (int i = 0; i < head.length; i++) {
				if (List.of("S0U", "S1U", "EU", "OU").contains(head[i])) {
					kb += Double.parseDouble(vals[i]);
				}
			}
			return kb / 1024;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy(); // SIGTERM: graceful shutdown, which also stops its PostgreSQL
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			this.process.waitFor(10, TimeUnit.SECONDS);
		}
	}

}
