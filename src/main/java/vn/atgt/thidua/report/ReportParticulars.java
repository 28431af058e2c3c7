package vn.atgt.thidua.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.atgt.thidua.plan.SignAuthority;

/**
 * What a year-end report prints in its Decree 30 frame (issue 13.2): the letterhead (parent body, issuing body), the
 * number and the body's symbol ("12" and "STTTT" print "Số: 12/BC-STTTT"), the place and date of issue, the signer
 * (authority KT./TM./TL./TUQ./Q. with the head's title, own title, name) and the recipients, one a line. The
 * author edits them before submitting; the PDF and DOCX print exactly these values.
 */
@Embeddable
public record ReportParticulars(@Column(name = "doc_parent_body") String parentBody,
		@Column(name = "doc_issuing_body") String issuingBody, @Column(name = "doc_number") Integer number,
		@Column(name = "doc_symbol") String bodySymbol, @Column(name = "doc_place") String place,
		@Column(name = "doc_issue_date") LocalDate issueDate,
		@Enumerated(EnumType.STRING) @Column(name = "doc_sign_authority") SignAuthority signAuthority,
		@Column(name = "doc_head_title") String headTitle, @Column(name = "doc_signer_title") String signerTitle,
		@Column(name = "doc_signer_name") String signerName, @Column(name = "doc_recipients") String recipients) {

	public static final ReportParticulars NONE = new ReportParticulars(null, null, null, null, null, null, null, null,
			null, null, null);

	public ReportParticulars {
		parentBody = trimmed(parentBody);
		issuingBody = trimmed(issuingBody);
		bodySymbol = trimmed(bodySymbol);
		place = trimmed(place);
		signAuthority = signAuthority == null ? SignAuthority.NONE : signAuthority;
		headTitle = trimmed(headTitle);
		signerTitle = trimmed(signerTitle);
		signerName = trimmed(signerName);
		recipients = recipients == null ? null
				: trimmed(String.join("\n", Arrays.stream(recipients.split("\\R")).map(String::strip)
					.filter(line -> !line.isEmpty()).toList()));
	}

	/** Nothing given yet (a report saved before issue 13, or a new one): the form offers the agency's defaults. */
	public boolean isBlank() {
		return this.equals(new ReportParticulars(null, null, null, null, null, null, null, null, null, null, null));
	}

	/** The fields a report cannot be submitted without (a document is issued only with number, date and signer). */
	public List<String> missingForIssue() {
		List<String> missing = new java.util.ArrayList<>();
		if (this.number == null) {
			missing.add("docNumber");
		}
		if (this.issueDate == null) {
			missing.add("docIssueDate");
		}
		if (this.signerTitle == null) {
			missing.add("signerTitle");
		}
		if (this.signerName == null) {
			missing.add("signerName");
		}
		if (this.signAuthority != SignAuthority.NONE && this.headTitle == null) {
			missing.add("signerHeadTitle");
		}
		return List.copyOf(missing);
	}

	public List<String> recipientLines() {
		return this.recipients == null ? List.of() : List.of(this.recipients.split("\n"));
	}

	private static String trimmed(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
