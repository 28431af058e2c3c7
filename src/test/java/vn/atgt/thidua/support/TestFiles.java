package vn.atgt.thidua.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files for upload tests: a PDF, a DOCX-shaped ZIP, and decompression bombs shaped like a DOCX or XLSX. */
public final class TestFiles {

	public static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	private TestFiles() {
	}

	/** A minimal DOCX (or XLSX with {@code "xl/"}): content types and one part. */
	public static byte[] office(String folder) {
		return zip(folder, 40);
	}

	/** A DOCX-shaped ZIP whose document part expands to {@code megabytes} MiB of zeros (about 1000 : 1). */
	public static byte[] bomb(String folder, int megabytes) {
		return zip(folder, megabytes * 1024L * 1024);
	}

	/**
	 * A ZIP whose entry is STORED small but whose local header declares {@code declared} bytes: the declared-size
	 * check must refuse it before anything is inflated.
	 */
	public static byte[] declaredBomb(String folder, long declared) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				ZipEntry types = new ZipEntry("[Content_Types].xml");
				zip.putNextEntry(types);
				zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
				byte[] data = "<w:document/>".getBytes(StandardCharsets.UTF_8);
				ZipEntry part = new ZipEntry(folder + "document.xml");
				part.setMethod(ZipEntry.STORED);
				part.setSize(data.length);
				part.setCompressedSize(data.length);
				CRC32 crc = new CRC32();
				crc.update(data);
				part.setCrc(crc.getValue());
				zip.putNextEntry(part);
				zip.write(data);
				zip.closeEntry();
			}
			byte[] out = bytes.toByteArray();
			// patch the uncompressed size of the second entry, in its local header (offset 22) and in the central
			// directory (offset 24), to the declared size
			int local = indexOf(out, new byte[] { 'P', 'K', 3, 4 }, 1);
			int central = indexOf(out, new byte[] { 'P', 'K', 1, 2 }, 1);
			for (int i = 0; i < 4; i++) {
				out[local + 22 + i] = (byte) (declared >>> (8 * i));
				out[central + 24 + i] = (byte) (declared >>> (8 * i));
			}
			return out;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] zip(String folder, long zeros) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				zip.setLevel(9);
				zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
				zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
				zip.putNextEntry(new ZipEntry(folder + (folder.startsWith("xl") ? "workbook.xml" : "document.xml")));
				byte[] block = new byte[64 * 1024];
				for (long written = 0; written < zeros; written += block.length) {
					zip.write(block, 0, (int) Math.min(block.length, zeros - written));
				}
				zip.closeEntry();
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int indexOf(byte[] data, byte[] pattern, int occurrence) {
		int seen = -1;
		for (int i = 0; i <= data.length - pattern.length; i++) {
			boolean match = true;
			for (int j = 0; j < pattern.length && match; j++) {
				match = data[i + j] == pattern[j];
			}
			if (match && ++seen == occurrence) {
				return i;
			}
		}
		throw new IllegalStateException("pattern not found");
	}

}
