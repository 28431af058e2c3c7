package vn.atgt.thidua.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Keeps files under {@code app.storage.directory}, in sub-folders by key prefix; keys are random UUIDs. */
@Component
class FilesystemFileStorage implements FileStorage {

	private final Path root;

	FilesystemFileStorage(@Value("${app.storage.directory:./data/files}") String directory) {
		this.root = Path.of(directory).toAbsolutePath().normalize();
	}

	@Override
	public String store(byte[] content) {
		String key = UUID.randomUUID().toString();
		Path file = resolve(key);
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return key;
	}

	@Override
	public InputStream open(String key) {
		try {
			return Files.newInputStream(resolve(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path resolve(String key) {
		if (!key.matches("[0-9a-f-]{36}")) {
			throw new IllegalArgumentException("bad storage key");
		}
		Path file = this.root.resolve(key.substring(0, 2)).resolve(key).normalize();
		if (!file.startsWith(this.root)) {
			throw new IllegalArgumentException("bad storage key");
		}
		return file;
	}

}
