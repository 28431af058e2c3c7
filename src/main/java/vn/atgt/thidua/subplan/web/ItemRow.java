package vn.atgt.thidua.subplan.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

/** A content item row of the sub-plan form; a row with no content is ignored. */
public class ItemRow {

	@Size(max = 5000)
	private String content;

	private List<Long> taskGroupIds = new ArrayList<>();

	@Size(max = 200)
	private String unit;

	@Size(max = 200)
	private String timeline;

	public ItemRow() {
	}

	ItemRow(String content, List<Long> taskGroupIds, String unit, String timeline) {
		this.content = content;
		this.taskGroupIds = new ArrayList<>(taskGroupIds);
		this.unit = unit;
		this.timeline = timeline;
	}

	boolean isBlank() {
		return this.content == null || this.content.isBlank();
	}

	public String getContent() {
		return this.content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public List<Long> getTaskGroupIds() {
		return this.taskGroupIds;
	}

	public void setTaskGroupIds(List<Long> taskGroupIds) {
		this.taskGroupIds = taskGroupIds == null ? new ArrayList<>() : taskGroupIds;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getTimeline() {
		return this.timeline;
	}

	public void setTimeline(String timeline) {
		this.timeline = timeline;
	}

}
