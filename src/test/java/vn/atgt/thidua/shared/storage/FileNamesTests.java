package vn.atgt.thidua.shared.storage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@Test
	void pathsQuotesAndControlCharactersGo() {
		assertThat(FileNames.clean("C:\\tmp\\..\\Tờ trình\".pdf", FileType.PDF)).isEqualTo("Tờ trình.pdf");
		assertThat(FileNames.clean("../../x.pdf", FileType.PDF)).isEqualTo("x.pdf");
		assertThat(FileNames.clean("bao\u0000cao\r\n.pdf", FileType.PDF)).isEqualTo("baocao.pdf");
	}

	@Test
	void bidiAndInvisibleCharactersGoSoTheNameReadsAsItIs() {
		assertThat(FileNames.clean("bao-cao\u202Efdp.exe.pdf", FileType.PDF)).isEqualTo("bao-caofdp.exe.pdf");
		assertThat(FileNames.clean("a\u2066b\u2069\u200B\uFEFFc.pdf", FileType.PDF)).isEqualTo("abc.pdf");
	}

	@Test
	void leadingDotsAndDotOnlyNamesGetAReadableName() {
		assertThat(FileNames.clean(".htaccess", FileType.PDF)).isEqualTo("htaccess.pdf");
		assertThat(FileNames.clean("...", FileType.PDF)).isEqualTo("tep-dinh-kem.pdf");
		assertThat(FileNames.clean(". . .pdf", FileType.PDF)).isEqualTo("tep-dinh-kem.pdf");
		assertThat(FileNames.clean("", FileType.DOCX)).isEqualTo("tep-dinh-kem.docx");
		assertThat(FileNames.clean(null, null)).isEqualTo("tep-dinh-kem");
	}

	@Test
	void theNameEndsInTheExtensionOfTheTypeFoundInTheBytes() {
		assertThat(FileNames.clean("trang.html", FileType.PDF)).isEqualTo("trang.html.pdf");
		assertThat(FileNames.clean("Ảnh.JPEG", FileType.JPEG)).isEqualTo("Ảnh.JPEG");
		assertThat(FileNames.clean("Ảnh", FileType.JPEG)).isEqualTo("Ảnh.jpg");
	}

	@Test
	void longNamesKeepTheirExtensionAndTheRuleIsIdempotent() {
		String cleaned = FileNames.clean("ạ".repeat(400) + ".docx", FileType.DOCX);
		assertThat(cleaned).hasSize(150).endsWith("ạ.docx");
		for (String name : new String[] { cleaned, "x\u202E.pdf", "...", ".a.pdf", "C:\\a\\b.pdf" }) {
			String once = FileNames.clean(name, FileType.PDF);
			assertThat(FileNames.clean(once, FileType.PDF)).isEqualTo(once);
		}
	}

	@Test
	void contentDispositionCarriesAnAsciiFallbackAndTheUtf8Name() {
		assertThat(FileNames.contentDisposition("Tờ trình \"số 1\".pdf"))
			.isEqualTo("attachment; filename=\"To trinh so 1.pdf\"; filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%20s%E1%BB%91%201.pdf");
	}

}
