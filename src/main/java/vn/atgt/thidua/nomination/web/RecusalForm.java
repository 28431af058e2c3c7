package vn.atgt.thidua.nomination.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.nomination.Dossier;

/** A reviewer's recusal from a dossier: the reason is required. */
public class RecusalForm {

	@NotNull
	private Long version;

	// the message: NotBlank.recusalForm.reason
	@NotBlank
	@Size(max = Dossier.RECUSAL_REASON_LIMIT)
	private String reason;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
