package vn.atgt.thidua.dev;

import org.springframework.boot.SpringApplication;

import vn.atgt.thidua.ThiDuaApplication;

/**
 * Loads the migrations and the demo data into the database named by {@code SPRING_DATASOURCE_URL} (a Debian
 * PostgreSQL 15 in the backup drill and the two-instance check), then stops. Started by the scripts with
 * {@code ./mvnw spring-boot:run -Ddev.main-class=vn.atgt.thidua.dev.LoadDemoData}; never part of the jar.
 */
public final class LoadDemoData {

	private LoadDemoData() {
	}

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(ThiDuaApplication.class);
		application.setAdditionalProfiles("demo");
		application.addInitializers(DevApplication::excludeTestClasses);
		application.setDefaultProperties(java.util.Map.of("app.notification.jobs-enabled", "false",
				"app.documents.warm-up", "false", "spring.main.banner-mode", "off",
				// the whole web application (its security needs one), on a free loopback port, for a moment
				"server.port", "0", "server.address", "127.0.0.1"));
		// profiles: demo only (not prod, whose check and first-administrator step would run; not dev, whose embedded
		// PostgreSQL would replace the datasource)
		System.setProperty("spring.profiles.default", "demo");
		System.exit(SpringApplication.exit(application.run(args)));
	}

}
