package vn.atgt.thidua.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads Gatling's statistics and the run's own measurements (start-up, SQL per page, heap, CPU), prints the summary
 * table, writes it to {@code target/benchmark/summary.md} and fails the build when a page misses its budget.
 */
public final class BenchmarkVerdict {

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args.length > 0 ? args[0] : "target/benchmark");
		JsonNode run = new ObjectMapper().readTree(dir.resolve("run.json").toFile());
		Map<String, double[]> stats = GatlingReport.read(latestReport(dir.resolve("gatling")));
		StringBuilder out = new StringBuilder();
		List<String> failures = new ArrayList<>();
		JsonNode load = run.path("load");
		double loadSeconds = load.path("seconds").asDouble();
		double cpu = load.path("appCpuSeconds").asDouble();
		long total = 0;
		out.append("# National-scale benchmark\n\n");
		out.append(String.format(Locale.ROOT,
				"%d concurrent users for %.0f s on 127.0.0.1; application -Xmx512m; board plan with %d participants.%n%n",
				load.path("users").asInt(), loadSeconds, run.path("participantsOfBoardPlan").asInt()));
		out.append("| page | who | requests | KO | req/s | p50 ms | p95 ms | p99 ms | max ms | SQL | budget | verdict |\n");
		out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n");
		for (Pages.Page page : Pages.ALL) {
			double[] s = stats.get(page.name());
			long sql = run.path("sql").path(page.name()).path("statements").asLong(-1);
			int sqlStatus = run.path("sql").path(page.name()).path("status").asInt();
			if (s == null) {
				failures.add(page.name() + ": no requests were made");
				continue;
			}
			long n = (long) s[GatlingReport.TOTAL];
			long ko = (long) s[GatlingReport.KO];
			total += n;
			long p50 = (long) s[GatlingReport.P50];
			long p95 = (long) s[GatlingReport.P95];
			long p99 = (long) s[GatlingReport.P99];
			List<String> missed = new ArrayList<>();
			boolean judged = page.budget() != Pages.Budget.PUBLIC;
			if (p95 >= page.budget().p95) {
				missed.add("p95 ≥ " + page.budget().p95);
			}
			if (p99 >= page.budget().p99) {
				missed.add("p99 ≥ " + page.budget().p99);
			}
			if (sql > Pages.MAX_SQL) {
				missed.add("SQL > " + Pages.MAX_SQL);
			}
			if (ko > 0 || sqlStatus != 200) {
				missed.add(ko + " failed");
			}
			String verdict = missed.isEmpty() ? "ok" : (judged ? "FAIL: " : "over (reported): ") + String.join(", ", missed);
			if (!missed.isEmpty() && (judged || sql > Pages.MAX_SQL || ko > 0)) {
				failures.add(page.name() + " " + String.join(", ", missed));
			}
			out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %d | %d | %d | %d | %d | p95<%d p99<%d | %s |%n",
					page.name(), page.who().name().toLowerCase(), n, ko, n / loadSeconds, p50, p95, p99,
					(long) s[GatlingReport.MAX], sql, page.budget().p95, page.budget().p99, verdict));
		}
		out.append(String.format(Locale.ROOT, "%nAll pages: %.1f req/s; application CPU %.1f s → %.0f requests per app-CPU-second.%n",
				total / loadSeconds, cpu, cpu > 0 ? total / cpu : 0));
		out.append(String.format(Locale.ROOT, "Heap used (jstat, every 5 s): max %.0f MB, mean %.0f MB of -Xmx512m.%n",
				load.path("heapUsedMbMax").asDouble(), load.path("heapUsedMbMean").asDouble()));
		JsonNode startup = run.path("startup");
		for (Iterator<Map.Entry<String, JsonNode>> it = startup.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> e = it.next();
			out.append(String.format(Locale.ROOT, "Start-up (%s): %.1f s to the first answer, %.1f CPU-s (Spring Boot: %.1f s).%n",
					e.getKey(), e.getValue().path("wallSeconds").asDouble(), e.getValue().path("cpuSeconds").asDouble(),
					e.getValue().path("springReportedSeconds").asDouble()));
		}
		out.append("\nSearches on the national data set (EXPLAIN ANALYZE):\n\n");
		for (Iterator<Map.Entry<String, JsonNode>> it = run.path("explain").fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> e = it.next();
			boolean used = e.getValue().path("used").asBoolean();
			String time = e.getValue().path("plan").asText().lines().filter(l -> l.startsWith("Execution Time"))
				.findFirst().orElse("");
			out.append(String.format(Locale.ROOT, "- %s: index %s %s; %s%n", e.getKey(), e.getValue().path("index").asText(),
					used ? "used" : "NOT USED", time));
			if (!used && e.getKey().startsWith("audit search by person")) {
				failures.add("EXPLAIN: " + e.getKey() + " does not use " + e.getValue().path("index").asText());
			}
		}
		out.append("\n");
		out.append(String.format(Locale.ROOT, "Data set generated in %.0f s: %s%n", run.path("generationSeconds").asDouble(),
				run.path("rows").toString()));
		out.append("\n").append(failures.isEmpty() ? "Every budget met.\n" : "Budgets missed:\n- " + String.join("\n- ", failures) + "\n");
		Files.writeString(dir.resolve("summary.md"), out);
		System.out.println(out);
		if (!failures.isEmpty()) {
			throw new IllegalStateException(failures.size() + " page(s) missed their budget; see " + dir.resolve("summary.md"));
		}
	}

	private static Path latestReport(Path gatling) throws IOException {
		try (Stream<Path> runs = Files.list(gatling)) {
			return runs.filter(p -> Files.exists(p.resolve("index.html")))
				.max(Comparator.comparing(p -> p.toFile().lastModified()))
				.map(p -> p.resolve("index.html"))
				.orElseThrow(() -> new IllegalStateException("no Gatling report under " + gatling));
		}
	}

	private BenchmarkVerdict() {
	}

}
