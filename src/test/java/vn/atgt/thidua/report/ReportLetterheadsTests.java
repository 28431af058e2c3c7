package vn.atgt.thidua.report;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import vn.atgt.thidua.agency.AgencyKind;
import vn.atgt.thidua.plan.SignAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class ReportLetterheadsTests {

	private static final LocalDate TODAY = LocalDate.of(2024, 12, 20);

	private final ReportLetterheads letterheads = new ReportLetterheads(null, messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/report");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Locale.forLanguageTag("vi"));
		return source;
	}

	@Test
	void districtCommitteeGetsItsDistrictAsParentBodyAndPlace() {
		ReportParticulars p = this.letterheads.derive("Ban ATGT huyện Lộc Bình", null, AgencyKind.DISTRICT_COMMITTEE,
				TODAY);
		assertThat(p.parentBody()).isEqualTo("UBND HUYỆN LỘC BÌNH");
		assertThat(p.issuingBody()).isEqualTo("BAN AN TOÀN GIAO THÔNG");
		assertThat(p.bodySymbol()).isEqualTo("BATGT");
		assertThat(p.place()).isEqualTo("Lộc Bình");
		assertThat(p.signerTitle()).isEqualTo("TRƯỞNG BAN");
		assertThat(p.issueDate()).isEqualTo(TODAY);
		assertThat(p.number()).isNull();
		assertThat(p.recipientLines()).containsExactly("Ban ATGT tỉnh (b/c);", "Lưu: VT, BATGT.");
		assertThat(this.letterheads.derive("Ban ATGT thành phố Lạng Sơn", null, AgencyKind.DISTRICT_COMMITTEE, TODAY)
			.parentBody()).isEqualTo("UBND THÀNH PHỐ LẠNG SƠN");
	}

	@Test
	void provincialBodiesGetTheProvinceTheirNameAndShortName() {
		ReportParticulars p = this.letterheads.derive("Sở Thông tin và Truyền thông", "STTTT",
				AgencyKind.PROVINCIAL_DEPARTMENT, TODAY);
		assertThat(p.parentBody()).isEqualTo("UBND TỈNH LẠNG SƠN");
		assertThat(p.issuingBody()).isEqualTo("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
		assertThat(p.bodySymbol()).isEqualTo("STTTT");
		assertThat(p.place()).isEqualTo("Lạng Sơn");
		assertThat(p.signerTitle()).isEqualTo("GIÁM ĐỐC");
		assertThat(this.letterheads.derive("Công an tỉnh Lạng Sơn", "CAT", AgencyKind.POLICE, TODAY).parentBody())
			.isEqualTo("BỘ CÔNG AN");
		ReportParticulars commune = this.letterheads.derive("UBND xã Lộc Bình", null, AgencyKind.COMMUNE_COMMITTEE,
				TODAY);
		assertThat(commune.issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN XÃ LỘC BÌNH");
		assertThat(commune.signAuthority()).isEqualTo(SignAuthority.TM);
		assertThat(commune.place()).isEqualTo("Lộc Bình");
	}

}
