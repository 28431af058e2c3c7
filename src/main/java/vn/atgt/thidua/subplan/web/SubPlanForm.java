package vn.atgt.thidua.subplan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import vn.atgt.thidua.shared.text.Texts;
import vn.atgt.thidua.shared.web.RowAction;
import vn.atgt.thidua.shared.web.RowChange;
import vn.atgt.thidua.subplan.Assignment;
import vn.atgt.thidua.subplan.SubPlanContent;
import vn.atgt.thidua.subplan.SubPlanItem;

/** The sub-plan as the agency edits it; lists are text areas (one per line), items and units are rows. */
public class SubPlanForm {

	private Long version;

	@Size(max = 100)
	private String numberSymbol;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate issueDate;

	@Size(max = 100)
	private String signerTitle;

	@Size(max = 100)
	private String signerName;

	@Size(max = 5000)
	private String introduction;

	@Size(max = 20000)
	private String purposes;

	@Size(max = 10000)
	private String indicators;

	@Size(max = 5000)
	private String recipients;

	private List<@Valid ItemRow> items = new ArrayList<>();

	private List<@Valid AssignmentRow> assignments = new ArrayList<>();

	static SubPlanForm from(SubPlanContent c, Long version) {
		SubPlanForm form = new SubPlanForm();
		form.version = version;
		if (c != null) {
			form.numberSymbol = c.numberSymbol();
			form.issueDate = c.issueDate();
			form.signerTitle = c.signerTitle();
			form.signerName = c.signerName();
			form.introduction = c.introduction();
			form.purposes = Texts.joinLines(c.purposes());
			form.indicators = Texts.joinLines(c.indicators());
			form.recipients = Texts.joinLines(c.recipients());
			c.items().forEach(i -> form.items.add(new ItemRow(i.content(), i.taskGroupIds(), i.unit(), i.timeline())));
			c.assignments().forEach(a -> form.assignments.add(new AssignmentRow(a.unit(), Texts.joinLines(a.duties()))));
		}
		form.padRows();
		return form;
	}

	/** A new sub-plan starts with one empty item and one empty unit to type in; more are added with their buttons. */
	void padRows() {
		if (this.items.isEmpty()) {
			this.items.add(new ItemRow());
		}
		if (this.assignments.isEmpty()) {
			this.assignments.add(new AssignmentRow());
		}
	}

	/**
	 * Applies a row button ({@code addItem}, {@code removeItem:1}, {@code upItem:1}, {@code downAssignment:0}, …) and
	 * answers what changed; empty for a button this form does not have.
	 */
	Optional<RowChange> applyRowAction(String action) {
		return RowAction.parse(action).flatMap(row -> switch (row.kind()) {
			case "Item" -> Optional.of(row.applyTo(this.items, ItemRow::new));
			case "Assignment" -> Optional.of(row.applyTo(this.assignments, AssignmentRow::new));
			default -> Optional.empty();
		});
	}

	/** Submission needs at least one item, each tied to a task group (the domain checks it again). */
	void validateForSubmission(Errors errors) {
		if (this.items.stream().allMatch(ItemRow::isBlank)) {
			errors.rejectValue("items", "subplan.validation.noItems");
		}
		for (int i = 0; i < this.items.size(); i++) {
			ItemRow row = this.items.get(i);
			if (!row.isBlank() && row.getTaskGroupIds().isEmpty()) {
				errors.rejectValue("items[" + i + "].taskGroupIds", "subplan.validation.itemWithoutTaskGroup");
			}
		}
	}

	SubPlanContent toContent() {
		List<SubPlanItem> itemList = this.items.stream().filter(r -> !r.isBlank())
			.map(r -> new SubPlanItem(r.getContent(), r.getTaskGroupIds().stream().distinct().toList(), r.getUnit(),
					r.getTimeline()))
			.toList();
		List<Assignment> assignmentList = this.assignments.stream().filter(r -> !r.isBlank())
			.map(r -> new Assignment(r.getUnit(), Texts.lines(r.getDuties())))
			.toList();
		return new SubPlanContent(this.numberSymbol, this.issueDate, this.signerTitle, this.signerName,
				this.introduction, Texts.lines(this.purposes), Texts.lines(this.indicators), itemList, assignmentList,
				Texts.lines(this.recipients));
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getNumberSymbol() {
		return this.numberSymbol;
	}

	public void setNumberSymbol(String numberSymbol) {
		this.numberSymbol = numberSymbol;
	}

	public LocalDate getIssueDate() {
		return this.issueDate;
	}

	public void setIssueDate(LocalDate issueDate) {
		this.issueDate = issueDate;
	}

	public String getSignerTitle() {
		return this.signerTitle;
	}

	public void setSignerTitle(String signerTitle) {
		this.signerTitle = signerTitle;
	}

	public String getSignerName() {
		return this.signerName;
	}

	public void setSignerName(String signerName) {
		this.signerName = signerName;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}

	public String getPurposes() {
		return this.purposes;
	}

	public void setPurposes(String purposes) {
		this.purposes = purposes;
	}

	public String getIndicators() {
		return this.indicators;
	}

	public void setIndicators(String indicators) {
		this.indicators = indicators;
	}

	public String getRecipients() {
		return this.recipients;
	}

	public void setRecipients(String recipients) {
		this.recipients = recipients;
	}

	public List<ItemRow> getItems() {
		return this.items;
	}

	public void setItems(List<ItemRow> items) {
		this.items = items;
	}

	public List<AssignmentRow> getAssignments() {
		return this.assignments;
	}

	public void setAssignments(List<AssignmentRow> assignments) {
		this.assignments = assignments;
	}

}
