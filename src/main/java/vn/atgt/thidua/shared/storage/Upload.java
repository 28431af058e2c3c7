package vn.atgt.thidua.shared.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file as it came from the browser: the name it claimed, its size, and a way to read it again from the start
 * (a multipart part lives in a temporary file, so reading it twice costs no memory).
 */
public record Upload(String claimedName, long size, Source source) {

	/** Opens the content from its first byte; each call gives a fresh stream. */
	@FunctionalInterface
	public interface Source {

		InputStream open() throws IOException;

	}

	public static Upload of(MultipartFile file) {
		return new Upload(file.getOriginalFilename(), file.getSize(), file::getInputStream);
	}

	public static Upload of(String claimedName, byte[] bytes) {
		return new Upload(claimedName, bytes.length, () -> new ByteArrayInputStream(bytes));
	}

	/** The content from its first byte. */
	public InputStream open() {
		try {
			return this.source.open();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The name as it will be shown (see {@link FileNames}), before the type is known. */
	public String displayName() {
		return FileNames.clean(this.claimedName, null);
	}

}
