package vn.atgt.thidua.shared.storage;

import java.io.InputStream;

/** Stores uploaded bytes under a server-generated key; the file system by default, an object store later. */
public interface FileStorage {

	/** Stores the stream and returns its new key (never derived from the client's file name). */
	String store(InputStream in);

	InputStream open(String key);

}
