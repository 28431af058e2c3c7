package vn.atgt.thidua;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.atgt.thidua.plan.PlanRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application against the very PostgreSQL image docker-compose.yml runs (migrations, collation, unaccent).
 * Skipped, and reported as skipped, where no Docker engine is present (these build machines have none).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
@ActiveProfiles({ "test", "demo" })
class PostgresImageIntegrationTests {

	@Container
	static final PostgreSQLContainer postgres = new PostgreSQLContainer(composeImage());

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", postgres::getJdbcUrl);
		registry.add("spring.datasource.username", postgres::getUsername);
		registry.add("spring.datasource.password", postgres::getPassword);
	}

	@Autowired
	PlanRepository plans;

	@Test
	void migratesAndLoadsTheDemoPlans() {
		assertThat(this.plans.count()).isEqualTo(2);
	}

	static String composeImage() {
		try {
			Matcher matcher = Pattern.compile("image:\\s*(postgres:[\\w.-]+)").matcher(Files.readString(Path.of("docker-compose.yml")));
			if (!matcher.find()) {
				throw new IllegalStateException("docker-compose.yml names no postgres image");
			}
			return matcher.group(1);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
