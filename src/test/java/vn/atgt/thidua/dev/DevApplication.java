package vn.atgt.thidua.dev;

import java.io.IOException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import vn.atgt.thidua.ThiDuaApplication;

/**
 * The developer run that {@code ./mvnw spring-boot:run} starts (the plugin puts the test classpath on): the real
 * application with the profiles {@code dev,demo} — the embedded PostgreSQL under {@code ./data} and the demo data,
 * both of which live in test sources so the production jar carries neither (ADR 0120). Without a profile the
 * application is production and refuses to start until its database is configured.
 */
public final class DevApplication {

	private DevApplication() {
	}

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(ThiDuaApplication.class);
		// the default profiles (as a system property, above application.properties' "prod"), so that
		// --spring.profiles.active=… still chooses other ones, as before
		if (System.getProperty("spring.profiles.default") == null) {
			System.setProperty("spring.profiles.default", "dev,demo");
		}
		application.addInitializers(DevApplication::excludeTestClasses);
		application.run(args);
	}

	/**
	 * The test classpath also holds tests and their {@code @TestConfiguration}s: component scanning must see only the
	 * developer configuration and the demo seeders among them, as the application saw before they moved.
	 */
	static void excludeTestClasses(ConfigurableApplicationContext context) {
		context.getBeanFactory().registerSingleton(DevOnlyScan.class.getName(), new DevOnlyScan());
	}

	static final class DevOnlyScan extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			String location = reader.getResource().getDescription();
			if (!location.contains("test-classes")) {
				return false;
			}
			String name = reader.getClassMetadata().getClassName();
			return !(name.startsWith("vn.atgt.thidua.dev.") || name.contains(".demo."));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof DevOnlyScan;
		}

		@Override
		public int hashCode() {
			return DevOnlyScan.class.hashCode();
		}

	}

}
