package vn.atgt.thidua.nomination.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.atgt.thidua.nomination.ReportConfirmation;

/** Who confirmed a nominee's achievement report at the agency (rule 5), as the agency types it. */
public class ReportConfirmationForm {

	@NotNull
	private Long version;

	@NotBlank
	@Size(max = 200)
	private String confirmedBy;

	@NotBlank
	@Size(max = 200)
	private String position;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate confirmedOn;

	static ReportConfirmationForm of(ReportConfirmation current, long version) {
		ReportConfirmationForm form = new ReportConfirmationForm();
		form.version = version;
		if (current != null) {
			form.confirmedBy = current.confirmedBy();
			form.position = current.position();
			form.confirmedOn = current.confirmedOn();
		}
		return form;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getConfirmedBy() {
		return this.confirmedBy;
	}

	public void setConfirmedBy(String confirmedBy) {
		this.confirmedBy = confirmedBy;
	}

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public LocalDate getConfirmedOn() {
		return this.confirmedOn;
	}

	public void setConfirmedOn(LocalDate confirmedOn) {
		this.confirmedOn = confirmedOn;
	}

}
