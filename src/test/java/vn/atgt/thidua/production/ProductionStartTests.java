package vn.atgt.thidua.production;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the production settings (and no profile named: {@code prod} is the default) the application starts on an
 * empty database with the first administrator only: no demo account, no demo agency or plan, even though the demo
 * seeders are on this test classpath.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:postgresql://replaced-by-the-embedded-database/thidua",
		"spring.datasource.username=thidua", "spring.datasource.password=x7#Kq9!mZ2vR-Lang-Son",
		"app.bootstrap-admin.username=quantri", "app.bootstrap-admin.password=Lang-Son-2026-an-toan",
		"app.security.totp-encryption-key=q0m9Y3b1mZ8wYq6c0x2l3n4p5r6s7t8u9v0w1x2y3z4=",
		"app.notification.jobs-enabled=false", "app.documents.warm-up=false" })
@AutoConfigureEmbeddedDatabase(type = DatabaseType.POSTGRES, provider = DatabaseProvider.ZONKY)
class ProductionStartTests {

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Test
	void startsAsProductionWithTheFirstAdministratorOnly() {
		assertThat(this.environment.getActiveProfiles()).isEmpty();
		assertThat(this.environment.matchesProfiles("prod")).isTrue();
		assertThat(this.jdbc.sql("select username from user_account").query(String.class).list())
			.containsExactly("quantri");
		assertThat(this.jdbc.sql("select count(*) from agency").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from plan").query(Long.class).single()).isZero();
	}

}
