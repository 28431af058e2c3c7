package vn.atgt.thidua.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The national-scale benchmark: before the load it starts the packaged application on a fresh embedded PostgreSQL
 * (migrations and demo data), generates the national data set, restarts the application on it, warms up and counts
 * each page's SQL statements; then 16 concurrent users (office, agencies, reviewers, the public) work through the
 * real mix for a bounded time. {@link BenchmarkVerdict} judges the result against the budgets.
 */
public class NationalScaleSimulation extends Simulation {

	static final BenchmarkSettings SETTINGS = BenchmarkSettings.fromSystem();

	private static volatile Fixture fixture;

	private static AppProcess app;

	private static final Map<String, Object> run = new LinkedHashMap<>();

	private static final List<Double> heapSamples = new ArrayList<>();

	private static volatile boolean sampling;

	private static double cpuAtLoadStart;

	private static long loadStartNanos;

	private final AtomicInteger logins = new AtomicInteger();

	{
		int users = SETTINGS.users();
		Duration during = Duration.ofSeconds(SETTINGS.seconds());
		// 16 users: 6 office staff, 5 agency staff, 2 reviewers, 3 anonymous visitors
		int office = Math.max(1, users * 6 / 16);
		int agency = Math.max(1, users * 5 / 16);
		int reviewer = Math.max(1, users * 2 / 16);
		int anonymous = Math.max(1, users - office - agency - reviewer);
		HttpProtocolBuilder protocol = http.baseUrl("http://127.0.0.1:" + SETTINGS.appPort())
			.disableFollowRedirect()
			.acceptHeader("text/html,application/xhtml+xml,*/*")
			.acceptEncodingHeader("gzip")
			.shareConnections();
		setUp(population(Pages.Who.OFFICE, office, during), population(Pages.Who.AGENCY, agency, during),
				population(Pages.Who.REVIEWER, reviewer, during), population(Pages.Who.ANONYMOUS, anonymous, during))
			.protocols(protocol)
			.maxDuration(during.plusSeconds(60));
	}

	private PopulationBuilder population(Pages.Who who, int users, Duration during) {
		Iterator<Map<String, Object>> feeder = Stream.generate(() -> {
			int login = this.logins.getAndIncrement();
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("login", login);
			values.put("username", Pages.username(fixture, who, login));
			return values;
		}).iterator();
		List<ChainBuilder> pages = new ArrayList<>();
		List<ChainBuilder> once = new ArrayList<>();
		for (Pages.Page page : Pages.of(who)) {
			ChainBuilder request = exec(http(page.name()).get(s -> page.url(fixture, s.getInt("login"))));
			if (page.budget() == Pages.Budget.EXPORT || page.budget() == Pages.Budget.PDF) {
				once.add(request); // an export now and then, not in every round
			}
			else {
				for (int w = 0; w < page.weight(); w++) {
					pages.add(request);
				}
			}
		}
		ScenarioBuilder scenario = scenario(who.name().toLowerCase()).feed(feeder);
		if (who != Pages.Who.ANONYMOUS) {
			scenario = scenario.exec(http("login_form").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
				.exec(http("login").post("/login")
					.formParam("username", "#{username}")
					.formParam("password", NationalDataSet.PASSWORD)
					.formParam("_csrf", "#{csrf}")
					.check(status().is(302)));
		}
		scenario = scenario.exec(repeat(3).on(exec(pages)));
		if (!once.isEmpty()) {
			scenario = scenario.exec(once);
		}
		return scenario.injectClosed(constantConcurrentUsers(users).during(during));
	}

	@Override
	public void before() {
		try {
			prepare();
		}
		catch (Exception ex) {
			// Gatling calls after() only for a run that started: stop what was started here
			stopApp();
			throw new IllegalStateException("benchmark preparation failed", ex);
		}
	}

	private static void prepare() throws Exception {
		Files.createDirectories(SETTINGS.dir());
		for (int port : new int[] { SETTINGS.appPort(), SETTINGS.pgPort() }) {
			try (java.net.ServerSocket probe = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
				probe.setReuseAddress(true);
			}
			catch (IOException taken) {
				throw new IllegalStateException("port " + port + " is in use: is another benchmark (or its PostgreSQL) running?");
			}
		}
		deleteTree(SETTINGS.pgData());
		deleteTree(SETTINGS.dir().resolve("files"));
		long t0 = System.nanoTime();
		Map<String, Object> startup = new LinkedHashMap<>();
		Map<String, Long> counts;
		Map<String, Long> timings;
		try (AppProcess first = AppProcess.start(SETTINGS, "dev,demo", "app-first-start.log")) {
			startup.put("emptyDataDirectory", startInfo(first));
			System.out.printf("[benchmark] first start (empty data directory, migrations, demo data): %.1f s, %.1f CPU-s%n",
					first.startSeconds(), first.startCpuSeconds());
			NationalDataSet data = new NationalDataSet(SETTINGS.jdbcUrl(), SETTINGS.scale());
			long g0 = System.nanoTime();
			counts = data.generate();
			timings = data.timings();
			run.put("generationSeconds", (System.nanoTime() - g0) / 1e9);
			System.out.printf("[benchmark] data set generated in %.1f s: %s%n", (System.nanoTime() - g0) / 1e9, counts);
		}
		// statement counts per page come from pg_stat_statements, which must be preloaded
		Files.writeString(SETTINGS.pgData().resolve("postgresql.conf"),
				"\n# benchmark\nshared_preload_libraries = 'pg_stat_statements'\npg_stat_statements.track_utility = off\n",
				StandardOpenOption.APPEND);
		app = AppProcess.start(SETTINGS, "dev", "app.log");
		startup.put("nationalScale", startInfo(app));
		System.out.printf("[benchmark] start on the national data set: %.1f s, %.1f CPU-s%n", app.startSeconds(),
				app.startCpuSeconds());
		run.put("startup", startup);
		run.put("rows", counts);
		run.put("generationSteps", timings);
		fixture = Fixture.read(SETTINGS.jdbcUrl());
		run.put("participantsOfBoardPlan", fixture.participants());
		warmUp(Duration.ofSeconds(40));
		Map<String, long[]> sql = new SqlProbe(SETTINGS.jdbcUrl()).measure(fixture, app.baseUrl());
		Map<String, Object> sqlOut = new LinkedHashMap<>();
		sql.forEach((page, v) -> sqlOut.put(page, Map.of("statements", v[0], "status", v[1])));
		run.put("sql", sqlOut);
		run.put("explain", ExplainProbe.run(SETTINGS.jdbcUrl()));
		run.put("preparationSeconds", (System.nanoTime() - t0) / 1e9);
		startHeapSampler();
		cpuAtLoadStart = app.cpuSeconds();
		loadStartNanos = System.nanoTime();
	}

	private static void stopApp() {
		if (app != null) {
			try {
				app.close();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static Map<String, Object> startInfo(AppProcess process) throws IOException {
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("wallSeconds", process.startSeconds());
		info.put("cpuSeconds", process.startCpuSeconds());
		info.put("springReportedSeconds", process.springStartSeconds());
		return info;
	}

	/** Every page, two visitors at a time, until the JIT has seen them all many times. */
	private static void warmUp(Duration duration) throws Exception {
		long end = System.nanoTime() + duration.toNanos();
		List<Thread> threads = new ArrayList<>();
		List<Exception> failures = new ArrayList<>();
		for (int t = 0; t < 2; t++) {
			int login = t;
			Thread thread = new Thread(() -> {
				try {
					Map<Pages.Who, Browser> browsers = new LinkedHashMap<>();
					for (Pages.Who who : Pages.Who.values()) {
						browsers.put(who,
								new Browser(app.baseUrl()).signIn(Pages.username(fixture, who, login), NationalDataSet.PASSWORD));
					}
					while (System.nanoTime() < end) {
						for (Pages.Page page : Pages.ALL) {
							int status = browsers.get(page.who()).get(page.url(fixture, login));
							if (status != 200) {
								throw new IllegalStateException(page.name() + " answered " + status);
							}
						}
					}
				}
				catch (Exception ex) {
					synchronized (failures) {
						failures.add(ex);
					}
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
	}

	private static void startHeapSampler() {
		sampling = true;
		Thread sampler = new Thread(() -> {
			while (sampling) {
				double mb = app.heapUsedMb();
				synchronized (heapSamples) {
					heapSamples.add(mb);
				}
				try {
					Thread.sleep(5000);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
	}

	@Override
	public void after() {
		try {
			sampling = false;
			double seconds = (System.nanoTime() - loadStartNanos) / 1e9;
			Map<String, Object> load = new LinkedHashMap<>();
			load.put("seconds", seconds);
			load.put("users", SETTINGS.users());
			load.put("appCpuSeconds", app.cpuSeconds() - cpuAtLoadStart);
			synchronized (heapSamples) {
				load.put("heapUsedMbMax", heapSamples.stream().max(Comparator.naturalOrder()).orElse(-1.0));
				load.put("heapUsedMbMean", heapSamples.stream().mapToDouble(Double::doubleValue).average().orElse(-1));
				load.put("heapSamples", heapSamples.size());
			}
			run.put("load", load);
			new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
				.writeValue(SETTINGS.dir().resolve("run.json").toFile(), run);
			app.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException("benchmark wrap-up failed", ex);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
