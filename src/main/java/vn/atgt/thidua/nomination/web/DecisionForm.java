package vn.atgt.thidua.nomination.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A decision (award or revocation): number and symbol such as 163/QĐ-UBND, date, signer, and a reason. */
public class DecisionForm {

	@NotNull
	private Long version = 0L;

	@NotBlank
	@Size(max = 50)
	@Pattern(regexp = "\\d+/[\\p{L}\\d-]+", message = "{nomination.validation.decisionNumber}")
	private String number;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotBlank
	@Size(max = 200)
	private String signer;

	@Size(max = 1000)
	private String reason;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getSigner() {
		return this.signer;
	}

	public void setSigner(String signer) {
		this.signer = signer;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
