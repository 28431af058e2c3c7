package vn.atgt.thidua.document;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VnNumberingTests {

	@Test
	void pointsFollowTheVietnameseAlphabet() {
		List<String> letters = IntStream.rangeClosed(1, 23).mapToObj(VnNumbering::letter).toList();
		assertThat(String.join(" ", letters)).isEqualTo("a b c d đ e g h i k l m n o p q r s t u v x y");
		assertThat(letters).doesNotContain("f", "j", "w", "z");
		assertThat(VnNumbering.letter(24)).isEqualTo("aa");
	}

	@Test
	void sectionsUseRomanNumerals() {
		assertThat(IntStream.rangeClosed(1, 12).mapToObj(VnNumbering::roman).toList()).containsExactly("I", "II",
				"III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");
		assertThatIllegalArgumentException().isThrownBy(() -> VnNumbering.roman(0));
	}

	@Test
	void builderRestartsItemsUnderEachSectionAndPointsUnderEachItem() {
		AdminDocument doc = AdminDocument.builder()
			.section("mục đích, yêu cầu").item("Mục đích").point("Một").point("Hai").point("Ba").point("Bốn")
			.point("Năm").item("Yêu cầu").point("Một").section("tổ chức thực hiện").numbered("Thời gian").build();
		List<String> lines = doc.body().stream().map(b -> b instanceof Block.Heading h ? h.line()
				: ((Block.Paragraph) b).line()).toList();
		assertThat(lines).containsExactly("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) Một", "b) Hai", "c) Ba",
				"d) Bốn", "đ) Năm", "2. Yêu cầu", "a) Một", "II. TỔ CHỨC THỰC HIỆN", "1. Thời gian");
	}

	@Test
	void numberSymbolOfTypedDocumentsAndLetters() {
		assertThat(AdminDocument.builder().number(12, "KH", "BATGT").build().numberLine()).isEqualTo("Số: 12/KH-BATGT");
		assertThat(AdminDocument.builder().number(null, "KH", "BATGT").build().numberLine()).isEqualTo("Số: /KH-BATGT");
		assertThat(AdminDocument.builder().number(45, "", "BATGT").build().numberLine()).isEqualTo("Số: 45/BATGT");
	}

}
