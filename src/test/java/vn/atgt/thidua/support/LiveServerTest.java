package vn.atgt.thidua.support;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the demo data, reached over real HTTP (Tomcat, the security filter
 * chain and the error pages included, which MockMvc skips). The route matrix, the hostile-input sweep and the
 * concurrency tests share this one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureEmbeddedDatabase(type = DatabaseType.POSTGRES, provider = DatabaseProvider.ZONKY)
@ActiveProfiles({ "test", "demo" })
@Import(TestSupportConfiguration.class)
public abstract class LiveServerTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	protected WebClientSession anonymous() {
		return new WebClientSession(this.port);
	}

	protected WebClientSession signedIn(String username) {
		WebClientSession session = new WebClientSession(this.port);
		session.signIn(username, vn.atgt.thidua.demo.DemoDataLoader.DEMO_PASSWORD);
		return session;
	}

	protected Long id(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

}
