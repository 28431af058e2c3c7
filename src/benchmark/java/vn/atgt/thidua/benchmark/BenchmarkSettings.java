package vn.atgt.thidua.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run's settings, from the system properties the benchmark profile passes (pom.xml). The application runs as the
 * developer launcher on the test classpath ({@code classes}, then the dependencies listed in {@code classpathFile}):
 * the production jar has neither the embedded PostgreSQL nor the demo data (ADR 0120).
 */
record BenchmarkSettings(String classes, Path classpathFile, Path dir, int appPort, int pgPort, int users, int seconds, double scale) {

	static BenchmarkSettings fromSystem() {
		Path dir = Path.of(System.getProperty("benchmark.dir", "target/benchmark")).toAbsolutePath();
		return new BenchmarkSettings(System.getProperty("benchmark.classes", "target/classes:target/test-classes"),
				Path.of(System.getProperty("benchmark.classpath-file", "target/benchmark/app.classpath")), dir, Integer.getInteger("benchmark.app.port", 8096), Integer.getInteger("benchmark.pg.port", 54346),
				Integer.getInteger("benchmark.users", 16), Integer.getInteger("benchmark.seconds", 150),
				Double.parseDouble(System.getProperty("benchmark.scale", "1.0")));
	}

	/** The application's class path: our classes and test classes, then every test-scope dependency but Gatling's. */
	String classpath() {
		try {
			return this.classes + java.io.File.pathSeparator + Files.readString(this.classpathFile).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no class path file " + this.classpathFile, ex);
		}
	}

	Path pgData() {
		return this.dir.resolve("pgdata");
	}

	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.pgPort + "/postgres";
	}

}
