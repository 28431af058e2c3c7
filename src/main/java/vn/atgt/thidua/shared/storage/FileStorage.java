package vn.atgt.thidua.shared.storage;

import java.io.InputStream;

/**
 * Keeps the bytes of uploads under server-generated keys. Writes and deletes follow the caller's transaction: a file
 * stored in a transaction that rolls back is gone, one stored in a transaction that commits is there.
 * Implementations: {@link DatabaseFileStorage} (default, PostgreSQL, seen by every instance) and
 * {@link FileSystemStorage} ({@code app.storage.kind=filesystem}, for a single server).
 */
public interface FileStorage {

	/** Stores the stream (read once, never held whole in memory) and returns its new key. */
	String store(InputStream in);

	/** The stored bytes, read lazily as the caller reads the stream. */
	InputStream open(String key);

	/** Removes the file once the caller's transaction commits. */
	void delete(String key);

}
