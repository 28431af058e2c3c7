package vn.atgt.thidua.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module owns its tables: no SQL or JPQL string in one module names a table (or a JPA entity) of another
 * module. Other modules read through the owner's directory, or join the views the owner publishes for that
 * ({@code agency_directory}, {@code plan_directory}, {@code plan_participant_directory} and their entities).
 * The scan reads every string literal and text block of the main sources, so {@code @Query} strings, JdbcClient
 * SQL and native queries are all covered.
 */
class TableOwnershipTests {

	static final Path MAIN = Path.of("src/main/java/vn/atgt/thidua");

	/** Tables without an entity of their own (collection tables, JDBC-only tables), by owning module. */
	static final Map<String, String> TABLES_WITHOUT_ENTITY = Map.ofEntries(Map.entry("user_account_role", "account"),
			Map.entry("plan_participant", "plan"), Map.entry("year_end_report_result", "report"),
			Map.entry("public_holiday", "nomination"), Map.entry("outbox_email", "notification"),
			Map.entry("reminder_sent", "notification"), Map.entry("plan_reminder_setting", "notification"),
			Map.entry("event_publication", "shared"), Map.entry("sign_in_failure", "account"), Map.entry("sign_in_bucket", "account"),
			Map.entry("spring_session", "shared"), Map.entry("spring_session_attributes", "shared"),
			Map.entry("stored_file_chunk", "shared"), Map.entry("council_vote_count", "nomination"));

	/** What an owner publishes for other modules to join: views of its migrations and the entities over them. */
	static final Set<String> PUBLISHED = Set.of("agency_directory", "AgencyEntry", "plan_directory",
			"plan_participant_directory", "PlanEntry", "subplan_directory", "year_end_report_directory",
			"dossier_directory", "dossier_review_directory", "audit_record_name");

	static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:\\\\.|[^\"\\\\\\n])*)\"", Pattern.DOTALL);

	static final Pattern NAMED = Pattern
		.compile("(?i)\\b(?:from|join|into|update|exists|table)\\s+([a-z_][\\w.]*)|,\\s*(vn\\.atgt\\.thidua\\.[\\w.]+|[A-Z]\\w*\\s+[a-z]\\w*\\b)");

	static final Pattern ENTITY = Pattern.compile("@Entity\\b.*?(?:@Table\\(name = \"(\\w+)\"\\).*?)?class (\\w+)",
			Pattern.DOTALL);

	@Test
	void noQueryOfOneModuleNamesAnotherModulesTable() {
		Map<String, String> owners = owners();
		List<String> violations = new ArrayList<>();
		sources().forEach(file -> violations.addAll(violations(moduleOf(file), read(file), owners).stream()
			.map(v -> MAIN.relativize(file) + ": " + v)
			.toList()));
		assertThat(violations).as("queries naming another module's table or entity").isEmpty();
	}

	@Test
	void everyTableOfTheMigrationsHasAnOwner() {
		Map<String, String> owners = owners();
		Set<String> unowned = new TreeSet<>();
		try (Stream<Path> migrations = Files.list(Path.of("db/migration"))) {
			migrations.forEach(migration -> {
				Matcher m = Pattern.compile("(?i)create table (?:if not exists )?(\\w+)").matcher(read(migration));
				while (m.find()) {
					if (!owners.containsKey(m.group(1))) {
						unowned.add(m.group(1));
					}
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(unowned).as("tables with no owning module in this test's map").isEmpty();
	}

	@Test
	void theScanFindsAForeignTableInSqlAndAForeignEntityInJpql() {
		Map<String, String> owners = owners();
		assertThat(violations("notification", "String sql = \"select email from user_account where id = ?\";", owners))
			.containsExactly("user_account (owned by account)");
		assertThat(violations("subplan", """
				@Query("select s from SubPlan s join vn.atgt.thidua.plan.Plan p on p.id = s.planId"
				    + " join Agency a on a.id = s.agencyId, UserAccount u")
				""", owners)).containsExactly("Plan (owned by plan)", "Agency (owned by agency)",
				"UserAccount (owned by account)");
		assertThat(violations("subplan", "\"select 1 from subplan s join agency_directory a on a.id = s.agency_id\"",
				owners)).isEmpty();
	}

	/** Table and entity names, each with the module that owns it. */
	static Map<String, String> owners() {
		Map<String, String> owners = new TreeMap<>(TABLES_WITHOUT_ENTITY);
		sources().forEach(file -> {
			Matcher m = ENTITY.matcher(read(file));
			if (m.find()) {
				if (m.group(1) != null) {
					owners.put(m.group(1), moduleOf(file));
				}
				owners.put(m.group(2), moduleOf(file));
			}
		});
		return owners;
	}

	static List<String> violations(String module, String source, Map<String, String> owners) {
		StringBuilder strings = new StringBuilder();
		Matcher literal = LITERAL.matcher(source);
		while (literal.find()) {
			strings.append(literal.group(1) != null ? literal.group(1) : literal.group(2)).append(' ');
		}
		List<String> found = new ArrayList<>();
		Matcher named = NAMED.matcher(strings);
		while (named.find()) {
			String name = named.group(1) != null ? named.group(1) : named.group(2).split("\\s+")[0];
			if (name.contains(".") && !name.startsWith("vn.atgt.thidua.")) {
				continue;
			}
			name = name.substring(name.lastIndexOf('.') + 1);
			String owner = owners.get(name);
			if (owner != null && !owner.equals(module) && !PUBLISHED.contains(name)) {
				found.add(name + " (owned by " + owner + ")");
			}
		}
		return found;
	}

	static List<Path> sources() {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter(f -> f.toString().endsWith(".java") && MAIN.relativize(f).getNameCount() > 1).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String moduleOf(Path file) {
		return MAIN.relativize(file).getName(0).toString();
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
