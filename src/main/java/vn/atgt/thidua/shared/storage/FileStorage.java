package vn.atgt.thidua.shared.storage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** Stores uploaded bytes under server-generated keys; the file system by default, an object store later. */
public interface FileStorage {

	/** Stores the stream and returns its new key (never derived from the client's file name). */
	String store(InputStream in);

	/** Stores the bytes and returns the new key. */
	default String store(byte[] content) {
		return store(new ByteArrayInputStream(content));
	}

	InputStream open(String key);

	void delete(String key);

}
