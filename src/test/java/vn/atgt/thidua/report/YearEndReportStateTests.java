package vn.atgt.thidua.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.statistics.Counts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YearEndReportStateTests {

	static final Actor BY = new Actor(1L, "office", null, null);

	private static final Instant DUE_DAY_EVENING = Instant.parse("2024-12-20T16:59:59Z"); // 23:59:59 in Hà Nội

	static final ReportParticulars SIGNED = new ReportParticulars("UBND TỈNH LẠNG SƠN", "SỞ Y TẾ", 12, "SYT",
			"Lạng Sơn", LocalDate.of(2024, 12, 18), null, null, "GIÁM ĐỐC", "Lê Thị Hoa", "Ban ATGT tỉnh (b/c);");

	private static ReportContent content() {
		return new ReportContent(Map.of(1L, "Đã làm"), null, null, null, null, null, null, null);
	}

	@Test
	void submittedUpToTheEndOfTheDueDateIsOnTimeAndTheNextDayIsOneDayLate() {
		YearEndReport onTime = YearEndReport.draft(1L, 2L, content(), SIGNED, DUE_DAY_EVENING);
		onTime.submit(LocalDate.of(2024, 12, 20), DUE_DAY_EVENING, BY, "1/KH");
		assertThat(onTime.getDaysLate()).isZero();
		YearEndReport late = YearEndReport.draft(1L, 2L, content(), SIGNED, DUE_DAY_EVENING);
		late.submit(LocalDate.of(2024, 12, 20), DUE_DAY_EVENING.plusSeconds(1), BY, "1/KH");
		assertThat(late.getDaysLate()).isEqualTo(1);
	}

	@Test
	void onlyASubmittedReportIsReturnedOrAcceptedAndAReturnNeedsReasons() {
		YearEndReport report = YearEndReport.draft(1L, 2L, content(), SIGNED, DUE_DAY_EVENING);
		assertThatThrownBy(() -> report.accept(DUE_DAY_EVENING, BY, "1/KH")).isInstanceOf(InvalidStateException.class);
		report.submit(null, DUE_DAY_EVENING, BY, "1/KH");
		assertThatThrownBy(() -> report.edit(content(), SIGNED, DUE_DAY_EVENING, BY, "1/KH")).isInstanceOf(InvalidStateException.class);
		assertThatIllegalArgumentException().isThrownBy(() -> report.returnForChanges(" ", DUE_DAY_EVENING, BY, "1/KH"));
		report.returnForChanges("Bổ sung", DUE_DAY_EVENING, BY, "1/KH");
		assertThat(report.getStatus()).isEqualTo(ReportStatus.RETURNED);
		report.edit(content(), SIGNED, DUE_DAY_EVENING, BY, "1/KH");
		report.submit(null, DUE_DAY_EVENING, BY, "1/KH");
		report.accept(DUE_DAY_EVENING, BY, "1/KH");
		assertThat(report.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
		assertThatThrownBy(() -> report.submit(null, DUE_DAY_EVENING, BY, "1/KH")).isInstanceOf(InvalidStateException.class);
	}

	@Test
	void aReportIsSubmittedOnlyWithNumberDateAndSigner() {
		YearEndReport unsigned = YearEndReport.draft(1L, 2L, content(), DUE_DAY_EVENING);
		assertThatThrownBy(() -> unsigned.submit(null, DUE_DAY_EVENING, BY, "1/KH"))
			.isInstanceOf(InvalidStateException.class).hasMessageContaining("particularsMissing");
		assertThat(unsigned.getStatus()).isEqualTo(ReportStatus.DRAFT);
		ReportParticulars deputyWithoutHead = new ReportParticulars(null, "SỞ Y TẾ", 3, "SYT", "Lạng Sơn",
				LocalDate.of(2024, 12, 1), vn.atgt.thidua.plan.SignAuthority.KT, " ", "PHÓ GIÁM ĐỐC", "A", null);
		assertThat(deputyWithoutHead.missingForIssue()).containsExactly("signerHeadTitle");
		assertThat(ReportParticulars.NONE.missingForIssue()).containsExactly("docNumber", "docIssueDate", "signerTitle",
				"signerName");
		assertThat(SIGNED.missingForIssue()).isEmpty();
		assertThat(new ReportParticulars(null, null, null, null, null, null, null, null, null, null, " \n- a;\n\n")
			.recipientLines()).containsExactly("- a;");
	}

	@Test
	void figuresPrintTheChangeTheVietnameseWayAndRefuseABackwardPeriod() {
		AreaFigures figures = new AreaFigures(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 12, 14),
				new Counts(28, 0, 1_250), new Counts(34, 0, 1_200), null, null, null);
		assertThat(figures.accidentsText()).isEqualTo("giảm 6 vụ (-17,6%)");
		assertThat(figures.deathsText()).isEqualTo("không thay đổi");
		assertThat(figures.injuriesText()).isEqualTo("tăng 50 người (+4,2%)");
		assertThat(new AreaFigures(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), new Counts(0, 2, 0),
				new Counts(0, 0, 0), null, null, null).deathsWithoutAccident()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> new AreaFigures(LocalDate.of(2024, 12, 14),
				LocalDate.of(2023, 12, 15), new Counts(1, 1, 1), new Counts(1, 1, 1), null, null, null));
	}

}
