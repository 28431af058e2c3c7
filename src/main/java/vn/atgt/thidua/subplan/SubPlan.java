package vn.atgt.thidua.subplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;


import vn.atgt.thidua.shared.domain.VersionedAggregate;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.FieldChange;
import vn.atgt.thidua.subplan.SubPlanEvents.SubPlanAccepted;
import vn.atgt.thidua.subplan.SubPlanEvents.SubPlanCreated;
import vn.atgt.thidua.subplan.SubPlanEvents.SubPlanEdited;
import vn.atgt.thidua.subplan.SubPlanEvents.SubPlanReturned;
import vn.atgt.thidua.subplan.SubPlanEvents.SubPlanSubmitted;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.shared.domain.InvalidStateException;

/**
 * One agency's sub-plan for one plan. Editable while DRAFT or RETURNED; submitting checks completeness and
 * records the lateness against the plan's due date; the office accepts or returns it with reasons.
 */
@Entity
@Table(name = "subplan")
public class SubPlan extends VersionedAggregate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private Long agencyId;

	@Enumerated(EnumType.STRING)
	private SubPlanStatus status = SubPlanStatus.DRAFT;

	private String numberSymbol;

	private LocalDate issueDate;

	private String signerTitle;

	private String signerName;

	private String introduction;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> purposes = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> indicators = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private List<SubPlanItem> items = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private List<Assignment> assignments = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> recipients = new ArrayList<>();

	private Instant firstSubmittedAt;

	private Instant submittedAt;

	private Integer daysLate;

	private String returnReasons;

	private Instant reviewedAt;

	private String reviewedBy;

	private Instant updatedAt;

	protected SubPlan() {
	}

	public static SubPlan draft(Long planId, Long agencyId, SubPlanContent content, Instant now) {
		SubPlan subPlan = new SubPlan();
		subPlan.planId = planId;
		subPlan.agencyId = agencyId;
		subPlan.write(content, now);
		return subPlan;
	}

	public boolean isEditable() {
		return this.status == SubPlanStatus.DRAFT || this.status == SubPlanStatus.RETURNED;
	}

	/** Registers the creation once the new draft has its id (the first save assigns it). */
	void recordCreation(String planNumber, Actor by) {
		registerEvent(new SubPlanCreated(this.id, this.planId, this.agencyId, planNumber, by, this.updatedAt));
	}

	/** Saves the draft (also a returned sub-plan being corrected); no completeness check. */
	void edit(SubPlanContent content, Instant now, Actor by, String planNumber) {
		if (!isEditable()) {
			throw new InvalidStateException("subplan.error.notEditable");
		}
		Map<String, String> before = snapshot();
		write(content, now);
		List<FieldChange> changes = FieldChange.between(before, snapshot());
		if (!changes.isEmpty()) {
			registerEvent(new SubPlanEdited(this.id, this.planId, planNumber, changes, by, now));
		}
	}

	/**
	 * Submits (again): at least one item, every item tied to a task group of the plan. Returns the whole days late
	 * of this submission (0 when on time).
	 */
	int submit(LocalDate dueDate, Set<Long> planTaskGroupIds, Instant now, Actor by, int number) {
		SubPlanStatus before = this.status;
		if (!isEditable()) {
			throw new InvalidStateException("subplan.error.notEditable");
		}
		if (this.items.isEmpty()) {
			throw new InvalidStateException("subplan.error.noItems");
		}
		for (SubPlanItem item : this.items) {
			if (item.taskGroupIds().isEmpty() || !planTaskGroupIds.containsAll(item.taskGroupIds())) {
				throw new InvalidStateException("subplan.error.itemWithoutTaskGroup");
			}
		}
		int late = (int) VnDates.daysLate(dueDate, now);
		if (this.firstSubmittedAt == null) {
			this.firstSubmittedAt = now;
			this.daysLate = late;
		}
		this.submittedAt = now;
		this.status = SubPlanStatus.SUBMITTED;
		this.returnReasons = null;
		this.updatedAt = now;
		registerEvent(new SubPlanSubmitted(this.id, this.planId, this.agencyId, number, late, before, by, now));
		return late;
	}

	void accept(Actor by, Instant now) {
		requireSubmitted();
		this.status = SubPlanStatus.ACCEPTED;
		this.reviewedAt = now;
		this.reviewedBy = by.name();
		this.updatedAt = now;
		registerEvent(new SubPlanAccepted(this.id, this.planId, this.agencyId, by, now));
	}

	void returnWithReasons(String reasons, Actor by, Instant now) {
		requireSubmitted();
		if (reasons == null || reasons.isBlank()) {
			throw new InvalidStateException("subplan.error.reasonsRequired");
		}
		this.status = SubPlanStatus.RETURNED;
		this.returnReasons = reasons;
		this.reviewedAt = now;
		this.reviewedBy = by.name();
		this.updatedAt = now;
		registerEvent(new SubPlanReturned(this.id, this.planId, this.agencyId, reasons, by, now));
	}

	private void requireSubmitted() {
		if (this.status != SubPlanStatus.SUBMITTED) {
			throw new InvalidStateException("subplan.error.notSubmitted");
		}
	}

	private void write(SubPlanContent c, Instant now) {
		this.numberSymbol = c.numberSymbol();
		this.issueDate = c.issueDate();
		this.signerTitle = c.signerTitle();
		this.signerName = c.signerName();
		this.introduction = c.introduction();
		this.purposes = new ArrayList<>(c.purposes());
		this.indicators = new ArrayList<>(c.indicators());
		this.items = new ArrayList<>(c.items());
		this.assignments = new ArrayList<>(c.assignments());
		this.recipients = new ArrayList<>(c.recipients());
		this.updatedAt = now;
	}

	public SubPlanContent content() {
		return new SubPlanContent(this.numberSymbol, this.issueDate, this.signerTitle, this.signerName,
				this.introduction, this.purposes, this.indicators, this.items, this.assignments, this.recipients);
	}

	/** Field-by-field text, kept with every submitted version and compared between versions. */
	public Map<String, String> snapshot() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("numberSymbol", this.numberSymbol);
		fields.put("issueDate", VnDates.shortDate(this.issueDate));
		fields.put("signer", (this.signerTitle == null ? "" : this.signerTitle) + " "
				+ (this.signerName == null ? "" : this.signerName));
		fields.put("introduction", this.introduction);
		fields.put("purposes", String.join("\n", this.purposes));
		fields.put("indicators", String.join("\n", this.indicators));
		for (int i = 0; i < this.items.size(); i++) {
			SubPlanItem item = this.items.get(i);
			fields.put("item." + (i + 1), item.content() + "\n[" + item.taskGroupIds().stream().map(String::valueOf)
				.collect(Collectors.joining(", ")) + "] " + nullToEmpty(item.unit()) + " — " + nullToEmpty(item.timeline()));
		}
		for (int i = 0; i < this.assignments.size(); i++) {
			Assignment a = this.assignments.get(i);
			fields.put("assignment." + (i + 1), a.unit() + ":\n" + String.join("\n", a.duties()));
		}
		fields.put("recipients", String.join("\n", this.recipients));
		return fields;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public SubPlanStatus getStatus() {
		return this.status;
	}

	public Instant getFirstSubmittedAt() {
		return this.firstSubmittedAt;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Integer getDaysLate() {
		return this.daysLate;
	}

	public String getReturnReasons() {
		return this.returnReasons;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

	public List<SubPlanItem> getItems() {
		return List.copyOf(this.items);
	}

}
