package vn.atgt.thidua.shared.storage;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The one check of an upload, reading it once as a stream: size (declared and counted), type from the bytes (never
 * from the name or the browser's content type), SHA-256, and for ZIP-based types (DOCX, XLSX) a decompression-bomb
 * check of every entry's declared and actual size and of the expansion ratio, done before anything else parses it.
 */
public final class UploadCheck {

	/** What the check found. */
	public record Checked(FileType type, long size, String sha256) {
	}

	static final int MAX_ENTRIES = 5_000;

	static final long MAX_EXPANDED = 200L * 1024 * 1024;

	static final long MAX_RATIO = 100;

	// a small archive may expand more than the ratio (an empty template is mostly XML); only larger ones are judged
	static final long RATIO_GRACE = 1024 * 1024;

	private UploadCheck() {
	}

	/** Checks the upload against the policy; throws {@link UploadRefusedException} with the reason. */
	public static Checked inspect(Upload upload, UploadPolicy policy) {
		if (upload.size() == 0) {
			throw new UploadRefusedException("upload.refused.empty");
		}
		if (upload.size() > policy.maxBytes()) {
			throw new UploadRefusedException("upload.refused.tooLarge");
		}
		Checked checked;
		try (InputStream in = upload.open()) {
			checked = inspect(in, policy.maxBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (checked.size() == 0) {
			throw new UploadRefusedException("upload.refused.empty");
		}
		if (checked.type() == null || !policy.types().contains(checked.type())) {
			throw new UploadRefusedException(policy.badTypeKey());
		}
		return checked;
	}

	/** The type of these bytes, or {@code null} if they are none of the accepted types (archives checked as above). */
	public static FileType detect(byte[] bytes) {
		try {
			return inspect(new java.io.ByteArrayInputStream(bytes), Long.MAX_VALUE).type();
		}
		catch (UploadRefusedException ex) {
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Checked inspect(InputStream raw, long maxBytes) throws IOException {
		MessageDigest digest = sha256();
		Counting counted = new Counting(raw);
		BufferedInputStream in = new BufferedInputStream(new DigestInputStream(counted, digest), 8192);
		in.mark(16);
		byte[] head = in.readNBytes(8);
		in.reset();
		FileType type = magic(head);
		if (type == FileType.DOCX) {
			// a ZIP is judged by its central directory, as the programs that open it do: it needs random access,
			// so the upload goes to a temporary file (never into memory) and is deleted after the check
			Path copy = Files.createTempFile("upload-check", ".zip");
			try {
				try (OutputStream out = Files.newOutputStream(copy)) {
					copy(in, out, counted, maxBytes);
				}
				type = archiveType(copy);
			}
			finally {
				Files.deleteIfExists(copy);
			}
		}
		else {
			copy(in, OutputStream.nullOutputStream(), counted, maxBytes);
		}
		return new Checked(type, counted.count, HexFormat.of().formatHex(digest.digest()));
	}

	private static void copy(InputStream in, OutputStream out, Counting counted, long maxBytes) throws IOException {
		byte[] buffer = new byte[8192];
		int n;
		while ((n = in.read(buffer)) >= 0) {
			if (counted.count > maxBytes) {
				throw new UploadRefusedException("upload.refused.tooLarge");
			}
			out.write(buffer, 0, n);
		}
	}

	private static FileType magic(byte[] head) {
		if (startsWith(head, "%PDF-".getBytes())) {
			return FileType.PDF;
		}
		if (startsWith(head, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
			return FileType.PNG;
		}
		if (startsWith(head, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return FileType.JPEG;
		}
		// a ZIP: which kind is decided by its entries
		return startsWith(head, new byte[] { 'P', 'K', 3, 4 }) ? FileType.DOCX : null;
	}

	// every entry is inflated into nothing while its declared and actual sizes and the ratio are watched, so a bomb
	// costs only the bytes inflated before the ratio trips (about RATIO_GRACE), never its full expansion
	private static FileType archiveType(Path file) throws IOException {
		boolean word = false;
		boolean excel = false;
		long expanded = 0;
		byte[] sink = new byte[8192];
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > MAX_ENTRIES) {
				throw new UploadRefusedException("upload.refused.archive");
			}
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				long compressed = Math.max(1, entry.getCompressedSize());
				if (entry.getSize() > MAX_EXPANDED || (entry.getSize() > RATIO_GRACE && entry.getSize() / compressed > MAX_RATIO)) {
					throw new UploadRefusedException("upload.refused.archive");
				}
				word |= entry.getName().startsWith("word/");
				excel |= entry.getName().startsWith("xl/");
				long inflated = 0;
				try (InputStream in = zip.getInputStream(entry)) {
					int n;
					while ((n = in.read(sink)) > 0) {
						inflated += n;
						expanded += n;
						if (expanded > MAX_EXPANDED || (inflated > RATIO_GRACE && inflated / compressed > MAX_RATIO)) {
							throw new UploadRefusedException("upload.refused.archive");
						}
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			// not a readable ZIP (or sizes that lie): not a document we accept
			return null;
		}
		return word ? FileType.DOCX : excel ? FileType.XLSX : null;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** Counts the bytes read from the upload itself (the compressed size, for an archive). */
	private static final class Counting extends FilterInputStream {

		long count;

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

	}

}
