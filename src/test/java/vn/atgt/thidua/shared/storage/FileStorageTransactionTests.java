package vn.atgt.thidua.shared.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.nomination.DossierRepository;
import vn.atgt.thidua.nomination.DossierService;
import vn.atgt.thidua.nomination.PartKind;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;
import vn.atgt.thidua.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file becomes durable exactly when its transaction commits, in both stores: no orphan, no missing file. */
@IntegrationTest
class FileStorageTransactionTests {

	@Autowired
	FileStorage storage;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TestData testData;

	@Autowired
	DossierService dossiers;

	@Autowired
	DossierRepository dossierRepository;

	@TempDir
	Path directory;

	@Test
	void theDefaultStoreIsPostgresqlAndStreamsInChunks() throws IOException {
		assertThat(this.storage).isInstanceOf(DatabaseFileStorage.class);
		byte[] bytes = new byte[DatabaseFileStorage.CHUNK * 5 + 123];
		new Random(7).nextBytes(bytes);
		String key = new TransactionTemplate(this.transactions).execute(s -> this.storage.store(new ByteArrayInputStream(bytes)));
		assertThat(chunks(key)).isEqualTo(6);
		try (InputStream in = this.storage.open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
	}

	@Test
	void databaseStoreKeepsNothingOfARolledBackTransaction() {
		String key = new TransactionTemplate(this.transactions).execute(status -> {
			String stored = this.storage.store(new ByteArrayInputStream(TestFiles.PDF));
			assertThat(chunks(stored)).isEqualTo(1);
			status.setRollbackOnly();
			return stored;
		});
		assertThat(chunks(key)).isZero();
	}

	@Test
	void aServiceThatFailsAfterStoringLeavesNoFile() {
		Agency agency = this.testData.agency("Sở Nội vụ 2063");
		Long planId = this.testData.publishedPlan(2063, List.of(agency));
		CurrentUser user = this.testData.currentUser(this.testData.agencyUser(agency));
		Long id = this.dossiers.openFor(planId, user);
		long version = this.dossierRepository.findById(id).orElseThrow().getVersion();
		long before = this.jdbc.queryForObject("select count(*) from stored_file_chunk", Long.class);
		// an achievement report for a nominee that does not exist: refused by the dossier after the file was stored
		assertThatThrownBy(() -> this.dossiers.uploadPart(id, version, PartKind.BAO_CAO_THANH_TICH, 999_999L,
				Upload.of("bc.pdf", TestFiles.PDF), user)).isInstanceOf(RuntimeException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from stored_file_chunk", Long.class)).isEqualTo(before);
		this.dossiers.uploadPart(id, version, PartKind.TO_TRINH, null, Upload.of("tt.pdf", TestFiles.PDF), user);
		assertThat(this.jdbc.queryForObject("select count(*) from stored_file_chunk", Long.class)).isEqualTo(before + 1);
	}

	@Test
	void fileSystemStorePromotesOnCommitAndDeletesOnRollback() throws IOException {
		FileSystemStorage disk = new FileSystemStorage(this.directory.toString());
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		String kept = transaction.execute(status -> {
			String key = disk.store(new ByteArrayInputStream(TestFiles.PDF));
			// not in its place before the commit, but readable by the transaction that stored it
			assertThat(disk.resolve(key)).doesNotExist();
			try (InputStream in = disk.open(key)) {
				assertThat(in.readAllBytes()).isEqualTo(TestFiles.PDF);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			return key;
		});
		assertThat(disk.resolve(kept)).hasBinaryContent(TestFiles.PDF);
		String dropped = transaction.execute(status -> {
			String key = disk.store(new ByteArrayInputStream(TestFiles.PDF));
			status.setRollbackOnly();
			return key;
		});
		assertThat(disk.resolve(dropped)).doesNotExist();
		try (Stream<Path> files = Files.walk(this.directory)) {
			assertThat(files.filter(Files::isRegularFile).toList()).containsExactly(disk.resolve(kept));
		}
		transaction.executeWithoutResult(status -> disk.delete(kept));
		assertThat(disk.resolve(kept)).doesNotExist();
	}

	private long chunks(String key) {
		return this.jdbc.queryForObject("select count(*) from stored_file_chunk where storage_key = ?", Long.class, key);
	}

}
