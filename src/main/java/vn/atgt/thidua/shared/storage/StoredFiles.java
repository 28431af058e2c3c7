package vn.atgt.thidua.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;

import vn.atgt.thidua.shared.security.CurrentUser;

/**
 * The one way a module stores an upload and hands a stored file back: every upload passes {@link UploadCheck}
 * against its {@link UploadPolicy} before a byte is stored, and every download is announced as a
 * {@link FileDownloaded} event, which the audit log records.
 */
@Service
public class StoredFiles {

	/** A stored file ready to send, opened only when the response is written. */
	public record Download(StoredFile file, InputStreamSource content) {
	}

	private final FileStorage storage;

	private final ApplicationEventPublisher events;

	StoredFiles(FileStorage storage, ApplicationEventPublisher events) {
		this.storage = storage;
		this.events = events;
	}

	/** Checks the upload and stores it in the caller's transaction; throws {@link UploadRefusedException}. */
	public StoredFile store(Upload upload, UploadPolicy policy) {
		UploadCheck.Checked checked = UploadCheck.inspect(upload, policy);
		String key;
		try (InputStream in = upload.open()) {
			key = this.storage.store(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new StoredFile(upload.claimedName(), checked.type().contentType(), checked.size(), checked.sha256(), key);
	}

	/**
	 * The file for {@code user}, whose right to it the caller has checked; the download is audited as
	 * {@code action} on the owning record. Call it inside a read-write transaction (the audit row is written in it).
	 */
	public Download download(StoredFile file, CurrentUser user, String action, String recordType, Long recordId) {
		this.events.publishEvent(new FileDownloaded(user, action, recordType, recordId, file.name()));
		return new Download(file, () -> this.storage.open(file.storageKey()));
	}

	/**
	 * The content of a stored file for an export that the caller audits as a whole (the digital dossier bundle
	 * records one row with its own SHA-256, not one per file); the caller has checked the user's right to it.
	 */
	public InputStream openForExport(StoredFile file) {
		return this.storage.open(file.storageKey());
	}

	/** Removes a stored file when the caller's transaction commits. */
	public void delete(StoredFile file) {
		this.storage.delete(file.storageKey());
	}

}
