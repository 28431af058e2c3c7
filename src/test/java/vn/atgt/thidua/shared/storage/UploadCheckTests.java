package vn.atgt.thidua.shared.storage;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadCheckTests {

	@Test
	void typeComesFromTheBytes() {
		assertThat(UploadCheck.detect(TestFiles.PDF)).isEqualTo(FileType.PDF);
		assertThat(UploadCheck.detect(TestFiles.office("word/"))).isEqualTo(FileType.DOCX);
		assertThat(UploadCheck.detect(TestFiles.office("xl/"))).isEqualTo(FileType.XLSX);
		assertThat(UploadCheck.detect(TestFiles.office("other/"))).isNull();
		assertThat(UploadCheck.detect(new byte[] { 'P', 'K', 3, 4, 0 })).isNull();
		// a Windows executable renamed to .pdf
		assertThat(UploadCheck.detect(new byte[] { 'M', 'Z', (byte) 0x90, 0 })).isNull();
	}

	@Test
	void checkGivesSizeAndSha256OfTheWholeFile() {
		UploadCheck.Checked checked = UploadCheck.inspect(Upload.of("a.pdf", TestFiles.PDF), UploadPolicy.DOCUMENTS);
		assertThat(checked.size()).isEqualTo(TestFiles.PDF.length);
		// sha256sum of the same bytes
		assertThat(checked.sha256()).hasSize(64).isEqualTo(java.util.HexFormat.of().formatHex(sha256(TestFiles.PDF)));
	}

	@Test
	void typeOutsideThePolicyIsRefusedWithThePolicysMessage() {
		assertThatThrownBy(() -> UploadCheck.inspect(Upload.of("a.xlsx", TestFiles.office("xl/")), UploadPolicy.DOCUMENTS))
			.isInstanceOf(UploadRefusedException.class).hasMessage("upload.refused.badType.documents");
		assertThatThrownBy(() -> UploadCheck.inspect(Upload.of("a.pdf", new byte[0]), UploadPolicy.DOCUMENTS))
			.hasMessage("upload.refused.empty");
	}

	@Test
	void declaredSizeOverTheLimitIsRefusedWithoutReadingAByte() {
		Upload huge = new Upload("a.pdf", UploadPolicy.MAX_BYTES + 1, () -> {
			throw new AssertionError("must not be read");
		});
		assertThatThrownBy(() -> UploadCheck.inspect(huge, UploadPolicy.DOCUMENTS)).hasMessage("upload.refused.tooLarge");
	}

	@Test
	void aFileLongerThanItsDeclaredSizeIsRefusedWhenTheCountPassesTheLimit() {
		byte[] big = new byte[(int) UploadPolicy.MAX_BYTES + 10];
		System.arraycopy(TestFiles.PDF, 0, big, 0, TestFiles.PDF.length);
		Upload lying = new Upload("a.pdf", 10, () -> new ByteArrayInputStream(big));
		assertThatThrownBy(() -> UploadCheck.inspect(lying, UploadPolicy.DOCUMENTS)).hasMessage("upload.refused.tooLarge");
	}

	@Test
	void docxAndXlsxBombsAreRefusedAfterInflatingOnlyAFractionOfThem() {
		byte[] docx = TestFiles.bomb("word/", 1024);
		assertThat(docx.length).isLessThan(2 * 1024 * 1024);
		assertThatThrownBy(() -> UploadCheck.inspect(Upload.of("bom.docx", docx), UploadPolicy.DOCUMENTS))
			.isInstanceOf(UploadRefusedException.class).hasMessage("upload.refused.archive");
		assertThatThrownBy(() -> UploadCheck.inspect(Upload.of("bom.xlsx", TestFiles.bomb("xl/", 300)), UploadPolicy.SPREADSHEET))
			.hasMessage("upload.refused.archive");
	}

	@Test
	void entryDeclaringAHugeSizeIsRefused() {
		assertThatThrownBy(() -> UploadCheck.inspect(Upload.of("d.docx", TestFiles.declaredBomb("word/", 3_000_000_000L)),
				UploadPolicy.DOCUMENTS))
			.hasMessage("upload.refused.archive");
	}

	@Test
	void ordinaryDocxPasses() {
		assertThat(UploadCheck.inspect(Upload.of("a.docx", TestFiles.office("word/")), UploadPolicy.DOCUMENTS).type())
			.isEqualTo(FileType.DOCX);
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
