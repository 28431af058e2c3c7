package vn.atgt.thidua.nomination.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Anyone's comment on a public disclosure: about whom (optional), what, and how to reach them. */
public class CommentForm {

	private Long entryId;

	@NotBlank
	@Size(max = 2000)
	private String body;

	@NotBlank
	@Size(max = 200)
	private String contact;

	public Long getEntryId() {
		return this.entryId;
	}

	public void setEntryId(Long entryId) {
		this.entryId = entryId;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getContact() {
		return this.contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

}
