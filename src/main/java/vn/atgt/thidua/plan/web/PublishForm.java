package vn.atgt.thidua.plan.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** The number and issue date given at publication. */
public class PublishForm {

	@NotNull
	private Long version;

	@NotNull
	@Min(1)
	@Max(99999)
	private Integer number;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate issueDate;

	/** Publish although the pre-publication check gave warnings; recorded in the audit trail. */
	private boolean publishAnyway;

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

	public LocalDate getIssueDate() {
		return this.issueDate;
	}

	public void setIssueDate(LocalDate issueDate) {
		this.issueDate = issueDate;
	}

	public boolean isPublishAnyway() {
		return this.publishAnyway;
	}

	public void setPublishAnyway(boolean publishAnyway) {
		this.publishAnyway = publishAnyway;
	}

}
