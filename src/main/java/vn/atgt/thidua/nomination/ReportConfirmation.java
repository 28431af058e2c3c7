package vn.atgt.thidua.nomination;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Rule 5: who confirmed a nominee's achievement report (báo cáo thành tích) at the proposing agency, in which
 * position, on which day, and the form the report follows as it was in force then ("Mẫu số 03 – NĐ 98/2023/NĐ-CP").
 */
@Embeddable
public record ReportConfirmation(@Column(name = "report_confirmed_by") String confirmedBy,
		@Column(name = "report_confirmed_position") String position,
		@Column(name = "report_confirmed_on") LocalDate confirmedOn,
		@Column(name = "report_form_code") String formCode) {

	/** How the audit trail and the dossier page say it: "Nguyễn Văn A, Giám đốc, 12/11/2024 (Mẫu số 03 …)". */
	public String describe() {
		return this.confirmedBy + ", " + this.position + ", " + vn.atgt.thidua.shared.time.VnDates.shortDate(this.confirmedOn)
				+ " (" + this.formCode + ")";
	}

}
