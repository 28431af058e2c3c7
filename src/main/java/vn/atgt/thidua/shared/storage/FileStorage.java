package vn.atgt.thidua.shared.storage;

import java.io.InputStream;

/** Stores file bytes under server-generated keys; the file system by default, an object store later. */
public interface FileStorage {

	/** Stores the bytes and returns the new key (never derived from a user-supplied name). */
	String store(byte[] content);

	InputStream open(String key);

	void delete(String key);

}
