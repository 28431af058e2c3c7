package vn.atgt.thidua.shared.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.shared.storage.Upload;
import vn.atgt.thidua.shared.storage.UploadRefusedException;
import vn.atgt.thidua.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SheetReaderTests {

	@Test
	void readsDataRowsWithTheirSheetNumbersAndSkipsBlankOnes() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Spreadsheet.on(out).table("Danh sach", List.of("Tên", "Số"),
				List.of(List.of("=Sở Y tế", 12), Arrays.asList(null, null), List.of(" Sở Tư pháp ", 3))).finish();
		List<SheetReader.SheetRow> rows = SheetReader.read(Upload.of("a.xlsx", out.toByteArray()), 3);
		assertThat(rows).extracting(SheetReader.SheetRow::number).containsExactly(2, 4);
		// written as "'=Sở Y tế" by the neutraliser, read back as the text that was typed
		assertThat(rows.get(0).cell(0)).isEqualTo("=Sở Y tế");
		assertThat(rows.get(1).cell(0)).isEqualTo("Sở Tư pháp");
		assertThat(rows.get(1).cell(1)).isEqualTo(new BigDecimal("3"));
		assertThat(rows.get(1).cell(2)).isNull();
	}

	@Test
	void aBombOrAnotherTypeIsRefusedBeforeTheReaderOpensIt() {
		assertThatThrownBy(() -> SheetReader.read(Upload.of("a.xlsx", TestFiles.bomb("xl/", 300)), 3))
			.isInstanceOf(UploadRefusedException.class).hasMessage("upload.refused.archive");
		assertThatThrownBy(() -> SheetReader.read(Upload.of("a.xlsx", TestFiles.PDF), 3))
			.hasMessage("upload.refused.badType.spreadsheet");
	}

}
