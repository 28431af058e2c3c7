package vn.atgt.thidua.shared.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UploadCheckTests {

	@Test
	void typeComesFromTheBytes() throws IOException {
		assertThat(UploadCheck.detect("%PDF-1.4 test".getBytes())).isEqualTo(UploadCheck.FileType.PDF);
		assertThat(UploadCheck.detect(zip("word/document.xml"))).isEqualTo(UploadCheck.FileType.DOCX);
		assertThat(UploadCheck.detect(zip("xl/workbook.xml"))).isEqualTo(UploadCheck.FileType.XLSX);
		assertThat(UploadCheck.detect(zip("other.txt"))).isNull();
		// a Windows executable renamed to .pdf
		assertThat(UploadCheck.detect(new byte[] { 'M', 'Z', (byte) 0x90, 0 })).isNull();
	}

	@Test
	void namesLoseTheirPathAndControlCharacters() {
		assertThat(UploadCheck.sanitiseName("C:\\tmp\\..\\Tờ trình\".pdf")).isEqualTo("Tờ trình.pdf");
		assertThat(UploadCheck.sanitiseName("")).isEqualTo("file");
	}

	static byte[] zip(String entry) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("x".getBytes());
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
