package vn.atgt.thidua.benchmark;

import java.nio.file.Path;

/** The run's settings, from the system properties the benchmark profile passes (pom.xml). */
record BenchmarkSettings(Path jar, Path dir, int appPort, int pgPort, int users, int seconds, double scale) {

	static BenchmarkSettings fromSystem() {
		Path dir = Path.of(System.getProperty("benchmark.dir", "target/benchmark")).toAbsolutePath();
		return new BenchmarkSettings(Path.of(System.getProperty("benchmark.jar", "target/thidua-atgt-1.0.0-SNAPSHOT.jar")),
				dir, Integer.getInteger("benchmark.app.port", 8096), Integer.getInteger("benchmark.pg.port", 54346),
				Integer.getInteger("benchmark.users", 16), Integer.getInteger("benchmark.seconds", 150),
				Double.parseDouble(System.getProperty("benchmark.scale", "1.0")));
	}

	Path pgData() {
		return this.dir.resolve("pgdata");
	}

	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.pgPort + "/postgres";
	}

}
