package vn.atgt.thidua.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Keeps files under {@code app.storage.directory}, two levels of directories by key prefix. */
@Component
public class FileSystemStorage implements FileStorage {

	private final Path root;

	FileSystemStorage(@Value("${app.storage.directory:./data/files}") String directory) {
		this.root = Path.of(directory).toAbsolutePath().normalize();
	}

	@Override
	public String store(InputStream in) {
		String key = UUID.randomUUID().toString().replace("-", "");
		Path file = resolve(key);
		try {
			Files.createDirectories(file.getParent());
			Files.copy(in, file);
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

	// keys are random hex (older ones with UUID dashes); anything else, or a path leaving the root, is refused
	Path resolve(String key) {
		if (key == null || !key.matches("[0-9a-f-]{32,36}")) {
			throw new IllegalArgumentException("bad storage key");
		}
		Path file = this.root.resolve(key.substring(0, 2)).resolve(key).normalize();
		if (!file.startsWith(this.root)) {
			throw new IllegalArgumentException("bad storage key");
		}
		return file;
	}

}
