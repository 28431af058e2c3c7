package vn.atgt.thidua.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files under {@code app.storage.directory} for a single server ({@code app.storage.kind=filesystem}). A file is
 * written to {@code .staging/} first and moved to its place just before the transaction commits (so a failed move
 * fails the commit: no row without its file); if the transaction does not commit, the file is deleted (no orphan).
 */
@Component
@ConditionalOnProperty(name = "app.storage.kind", havingValue = "filesystem")
public class FileSystemStorage implements FileStorage {

	private final Path root;

	private final Path staging;

	public FileSystemStorage(@Value("${app.storage.directory:./data/files}") String directory) {
		this.root = Path.of(directory).toAbsolutePath().normalize();
		this.staging = this.root.resolve(".staging");
	}

	@Override
	public String store(InputStream in) {
		String key = StorageKeys.next();
		Path staged = this.staging.resolve(key);
		try {
			Files.createDirectories(this.staging);
			Files.copy(in, staged);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			promote(staged, resolve(key));
			return key;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				promote(staged, resolve(key));
			}

			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					deleteQuietly(staged);
					deleteQuietly(resolve(key));
				}
			}

		});
		return key;
	}

	@Override
	public InputStream open(String key) {
		Path file = resolve(key);
		try {
			return Files.newInputStream(file);
		}
		catch (NoSuchFileException ex) {
			// stored earlier in the caller's own, not yet committed transaction
			return openStaged(key, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void delete(String key) {
		Path file = resolve(key);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			deleteQuietly(file);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				deleteQuietly(file);
			}

		});
	}

	// two levels of directories by key prefix; a path leaving the root is refused
	Path resolve(String key) {
		StorageKeys.require(key);
		Path file = this.root.resolve(key.substring(0, 2)).resolve(key).normalize();
		if (!file.startsWith(this.root)) {
			throw new IllegalArgumentException("bad storage key");
		}
		return file;
	}

	private InputStream openStaged(String key, NoSuchFileException notFound) {
		try {
			return Files.newInputStream(this.staging.resolve(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(notFound);
		}
	}

	private static void promote(Path staged, Path target) {
		try {
			Files.createDirectories(target.getParent());
			Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// nothing more to do: the row that named it is gone with the rollback
		}
	}

}
