package vn.atgt.thidua.nomination.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.atgt.thidua.nomination.NoticeService;

/** The office's written notice for a nominee that failed or was not awarded (rule 16), as it types it. */
public class NoticeForm {

	@NotNull
	private Long version;

	@NotNull
	@Min(1)
	@Max(99_999)
	private Integer number;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate issuedOn;

	@NotBlank
	@Size(max = 2000)
	private String reason;

	static NoticeForm of(NoticeService.Draft draft) {
		NoticeForm form = new NoticeForm();
		form.version = draft.version();
		form.number = draft.suggestedNumber();
		form.issuedOn = draft.today();
		form.reason = draft.reason();
		return form;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public void setIssuedOn(LocalDate issuedOn) {
		this.issuedOn = issuedOn;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
