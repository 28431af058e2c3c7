package vn.atgt.thidua.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One editable task group row of the plan form. */
public class TaskGroupRow {

	private Long id;

	@Size(max = 300)
	private String title;

	@NotBlank
	@Size(max = 10000)
	private String content;

	public TaskGroupRow() {
	}

	TaskGroupRow(Long id, String title, String content) {
		this.id = id;
		this.title = title;
		this.content = content;
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getContent() {
		return this.content;
	}

	public void setContent(String content) {
		this.content = content;
	}

}
