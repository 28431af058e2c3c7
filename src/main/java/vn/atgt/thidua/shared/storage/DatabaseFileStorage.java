package vn.atgt.thidua.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files in PostgreSQL (table {@code stored_file_chunk}), so that every instance sees them and {@code pg_dump} backs
 * them up. A file is written and read in chunks of {@value #CHUNK} bytes, so neither side ever holds it whole; the
 * chunks are written in the caller's transaction, so a rollback leaves nothing behind.
 */
@Component
@ConditionalOnProperty(name = "app.storage.kind", havingValue = "database", matchIfMissing = true)
public class DatabaseFileStorage implements FileStorage {

	static final int CHUNK = 256 * 1024;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	DatabaseFileStorage(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public String store(InputStream in) {
		String key = StorageKeys.next();
		// joins the caller's transaction; without one, all chunks still commit or roll back together
		this.transaction.executeWithoutResult(status -> {
			byte[] buffer = new byte[CHUNK];
			try {
				int seq = 0;
				int n;
				while ((n = in.readNBytes(buffer, 0, CHUNK)) > 0) {
					this.jdbc.update("insert into stored_file_chunk (storage_key, seq, data) values (?, ?, ?)", key,
							seq++, n == CHUNK ? buffer : Arrays.copyOf(buffer, n));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return key;
	}

	@Override
	public InputStream open(String key) {
		return new ChunkStream(StorageKeys.require(key));
	}

	@Override
	public void delete(String key) {
		this.jdbc.update("delete from stored_file_chunk where storage_key = ?", StorageKeys.require(key));
	}

	/** Reads one chunk per query, each in its own short statement (the response may be written after the transaction). */
	private final class ChunkStream extends InputStream {

		private final String key;

		private int next;

		private byte[] chunk = new byte[0];

		private int position;

		private boolean done;

		ChunkStream(String key) {
			this.key = key;
		}

		@Override
		public int read() throws IOException {
			return fill() ? this.chunk[this.position++] & 0xff : -1;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (len == 0) {
				return 0;
			}
			if (!fill()) {
				return -1;
			}
			int n = Math.min(len, this.chunk.length - this.position);
			System.arraycopy(this.chunk, this.position, b, off, n);
			this.position += n;
			return n;
		}

		private boolean fill() {
			while (!this.done && this.position >= this.chunk.length) {
				List<byte[]> found = DatabaseFileStorage.this.jdbc.query(
						"select data from stored_file_chunk where storage_key = ? and seq = ?",
						(rs, i) -> rs.getBytes(1), this.key, this.next);
				if (found.isEmpty()) {
					this.done = true;
				}
				else {
					this.chunk = found.get(0);
					this.position = 0;
					this.next++;
				}
			}
			return !this.done;
		}

	}

}
