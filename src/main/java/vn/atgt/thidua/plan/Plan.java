package vn.atgt.thidua.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.atgt.thidua.shared.domain.VersionedAggregate;
import vn.atgt.thidua.shared.domain.InvalidStateException;

/**
 * The movement plan aggregate. Its life: DRAFT (freely edited) → PUBLISHED (numbered, read-only except by a
 * recorded amendment) → CLOSED.
 */
@Entity
@Table(name = "plan")
public class Plan extends VersionedAggregate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private PlanStatus status = PlanStatus.DRAFT;

	private int year;

	private String parentBody;

	private String issuingBody;

	private String bodySymbol;

	private String docTypeSymbol = "KH";

	private Integer number;

	private LocalDate issueDate;

	private String place;

	private String title;

	private String theme;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> legalBases = new ArrayList<>();

	private String introduction;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> purposes = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> requirements = new ArrayList<>();

	private String participants;

	private String taskGroupsIntro;

	private LocalDate startDate;

	private LocalDate endDate;

	@Column(name = "subplan_due_date")
	private LocalDate subPlanDueDate;

	private LocalDate reportDueDate;

	private LocalDate nominationDueDate;

	private String agencyDutiesHeading;

	private String officeDutiesHeading;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> agencyDuties = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> officeDuties = new ArrayList<>();

	private String closingText;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> recipients = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private SignAuthority signAuthority;

	private String signerHeadTitle;

	private String signerTitle;

	private String signerName;

	private Long copiedFromId;

	private Instant publishedAt;

	private Instant closedAt;

	private Instant updatedAt;

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<TaskGroup> taskGroups = new ArrayList<>();

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<PlanTarget> targets = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "plan_participant", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "agency_id")
	private Set<Long> participantIds = new HashSet<>();

	protected Plan() {
	}

	public static Plan draft(PlanContent content, Instant now) {
		Plan plan = new Plan();
		plan.write(content, now);
		return plan;
	}

	/** A new draft for {@code year} with this plan's text, task groups and targets; dates move by the year gap. */
	public Plan copyForYear(int newYear, Instant now) {
		int shift = newYear - this.year;
		PlanContent content = content();
		PlanContent moved = new PlanContent(newYear, content.parentBody(), content.issuingBody(),
				content.bodySymbol(), content.place(), content.title().replace(String.valueOf(this.year),
						String.valueOf(newYear)),
				content.theme(), content.legalBases(), content.introduction(), content.purposes(),
				content.targets().stream().map(t -> new TargetSpec(null, t.indicator(), t.customName(),
						t.baselineLabel(), t.reductionMinPct(), t.reductionMaxPct(), t.textGoal())).toList(),
				content.requirements(), content.participants(), content.taskGroupsIntro(),
				content.taskGroups().stream().map(g -> new TaskGroupSpec(null, g.title(), g.content())).toList(),
				plusYears(content.startDate(), shift), plusYears(content.endDate(), shift),
				plusYears(content.subPlanDueDate(), shift), plusYears(content.reportDueDate(), shift),
				plusYears(content.nominationDueDate(), shift), content.agencyDutiesHeading(), content.agencyDuties(),
				content.officeDutiesHeading(), content.officeDuties(),
				content.closingText(), content.recipients(), content.signAuthority(), content.signerHeadTitle(),
				content.signerTitle(), content.signerName());
		Plan copy = draft(moved, now);
		copy.copiedFromId = this.id;
		copy.participantIds.addAll(this.participantIds);
		return copy;
	}

	/** Edits a draft. */
	public void edit(PlanContent content, Instant now) {
		requireStatus(PlanStatus.DRAFT, "plan.error.notDraft");
		write(content, now);
	}

	/** Corrects a published plan; the caller records the amendment with its reason and the changed fields. */
	public void amend(PlanContent content, Instant now) {
		requireStatus(PlanStatus.PUBLISHED, "plan.error.notPublished");
		if (content.year() != this.year || !Objects.equals(content.bodySymbol(), this.bodySymbol)) {
			throw new InvalidStateException("plan.error.amendNumbering");
		}
		write(content, now);
	}

	public void publish(int number, LocalDate issueDate, Instant now) {
		requireStatus(PlanStatus.DRAFT, "plan.error.notDraft");
		if (this.taskGroups.isEmpty()) {
			throw new InvalidStateException("plan.error.noTaskGroups");
		}
		if (this.participantIds.isEmpty()) {
			throw new InvalidStateException("plan.error.noParticipants");
		}
		this.number = number;
		this.issueDate = issueDate;
		this.status = PlanStatus.PUBLISHED;
		this.publishedAt = now;
		this.updatedAt = now;
	}

	public void close(Instant now) {
		requireStatus(PlanStatus.PUBLISHED, "plan.error.notPublished");
		this.status = PlanStatus.CLOSED;
		this.closedAt = now;
		this.updatedAt = now;
	}

	/** Chooses the participating agencies: free in a draft, additions only once published. */
	public void chooseParticipants(Set<Long> agencyIds, Instant now) {
		if (this.status == PlanStatus.CLOSED) {
			throw new InvalidStateException("plan.error.closed");
		}
		if (this.status == PlanStatus.PUBLISHED && !agencyIds.containsAll(this.participantIds)) {
			throw new InvalidStateException("plan.error.removeParticipantPublished");
		}
		this.participantIds.clear();
		this.participantIds.addAll(agencyIds);
		this.updatedAt = now;
	}

	private void requireStatus(PlanStatus expected, String messageKey) {
		if (this.status != expected) {
			throw new InvalidStateException(messageKey);
		}
	}

	private void write(PlanContent c, Instant now) {
		if (c.startDate().isAfter(c.subPlanDueDate()) || c.subPlanDueDate().isAfter(c.endDate())) {
			throw new IllegalArgumentException("dates out of order");
		}
		this.year = c.year();
		this.parentBody = c.parentBody();
		this.issuingBody = c.issuingBody();
		this.bodySymbol = c.bodySymbol();
		this.place = c.place();
		this.title = c.title();
		this.theme = c.theme();
		this.legalBases = new ArrayList<>(c.legalBases());
		this.introduction = c.introduction();
		this.purposes = new ArrayList<>(c.purposes());
		this.requirements = new ArrayList<>(c.requirements());
		this.participants = c.participants();
		this.taskGroupsIntro = c.taskGroupsIntro();
		this.startDate = c.startDate();
		this.endDate = c.endDate();
		this.subPlanDueDate = c.subPlanDueDate();
		this.reportDueDate = c.reportDueDate();
		this.nominationDueDate = c.nominationDueDate();
		this.agencyDutiesHeading = c.agencyDutiesHeading();
		this.agencyDuties = new ArrayList<>(c.agencyDuties());
		this.officeDutiesHeading = c.officeDutiesHeading();
		this.officeDuties = new ArrayList<>(c.officeDuties());
		this.closingText = c.closingText();
		this.recipients = new ArrayList<>(c.recipients());
		this.signAuthority = c.signAuthority();
		this.signerHeadTitle = c.signerHeadTitle();
		this.signerTitle = c.signerTitle();
		this.signerName = c.signerName();
		this.updatedAt = now;
		writeTaskGroups(c.taskGroups());
		writeTargets(c.targets());
	}

	// rows keep their id (sub-plans refer to task groups); rows no longer listed are removed
	private void writeTaskGroups(List<TaskGroupSpec> specs) {
		Map<Long, TaskGroup> existing = this.taskGroups.stream()
			.filter(g -> g.getId() != null)
			.collect(Collectors.toMap(TaskGroup::getId, Function.identity()));
		List<TaskGroup> result = new ArrayList<>();
		for (int i = 0; i < specs.size(); i++) {
			TaskGroupSpec spec = specs.get(i);
			TaskGroup group = spec.id() == null ? null : existing.get(spec.id());
			if (group == null) {
				group = new TaskGroup(this, i + 1, spec.title(), spec.content());
			}
			else {
				group.update(i + 1, spec.title(), spec.content());
			}
			result.add(group);
		}
		this.taskGroups.retainAll(result);
		result.stream().filter(g -> !this.taskGroups.contains(g)).forEach(this.taskGroups::add);
		this.taskGroups.sort((a, b) -> Integer.compare(a.getPosition(), b.getPosition()));
	}

	private void writeTargets(List<TargetSpec> specs) {
		Map<Long, PlanTarget> existing = new HashMap<>();
		this.targets.stream().filter(t -> t.getId() != null).forEach(t -> existing.put(t.getId(), t));
		List<PlanTarget> result = new ArrayList<>();
		for (int i = 0; i < specs.size(); i++) {
			TargetSpec spec = specs.get(i);
			PlanTarget target = spec.id() == null ? null : existing.get(spec.id());
			if (target == null) {
				target = new PlanTarget(this, i + 1, spec);
			}
			else {
				target.update(i + 1, spec);
			}
			result.add(target);
		}
		this.targets.retainAll(result);
		result.stream().filter(t -> !this.targets.contains(t)).forEach(this.targets::add);
		this.targets.sort((a, b) -> Integer.compare(a.getPosition(), b.getPosition()));
	}

	public PlanContent content() {
		return new PlanContent(this.year, this.parentBody, this.issuingBody, this.bodySymbol, this.place, this.title,
				this.theme, List.copyOf(this.legalBases), this.introduction, List.copyOf(this.purposes),
				this.targets.stream().map(PlanTarget::spec).toList(), List.copyOf(this.requirements),
				this.participants, this.taskGroupsIntro,
				taskGroupSpecs(),
				this.startDate, this.endDate, this.subPlanDueDate, this.reportDueDate, this.nominationDueDate,
				this.agencyDutiesHeading, List.copyOf(this.agencyDuties), this.officeDutiesHeading,
				List.copyOf(this.officeDuties), this.closingText,
				List.copyOf(this.recipients), this.signAuthority, this.signerHeadTitle, this.signerTitle,
				this.signerName);
	}

	/** Field-by-field text of the plan, for the audit trail and amendment records. */
	public Map<String, String> snapshot() {
		Map<String, String> fields = new LinkedHashMap<>();
		PlanContent c = content();
		fields.put("title", c.title());
		fields.put("theme", c.theme());
		fields.put("parentBody", c.parentBody());
		fields.put("issuingBody", c.issuingBody());
		fields.put("place", c.place());
		fields.put("legalBases", String.join("\n", c.legalBases()));
		fields.put("introduction", c.introduction());
		fields.put("purposes", String.join("\n", c.purposes()));
		fields.put("targets", c.targets().stream().map(Plan::describe).collect(Collectors.joining("\n")));
		fields.put("requirements", String.join("\n", c.requirements()));
		fields.put("participants", c.participants());
		fields.put("taskGroupsIntro", c.taskGroupsIntro());
		for (TaskGroupSpec group : c.taskGroups()) {
			fields.put("taskGroup." + (c.taskGroups().indexOf(group) + 1),
					(group.title() == null ? "" : group.title() + ": ") + group.content());
		}
		fields.put("startDate", String.valueOf(c.startDate()));
		fields.put("endDate", String.valueOf(c.endDate()));
		fields.put("subPlanDueDate", String.valueOf(c.subPlanDueDate()));
		fields.put("reportDueDate", String.valueOf(c.reportDueDate()));
		fields.put("nominationDueDate", String.valueOf(c.nominationDueDate()));
		fields.put("agencyDutiesHeading", c.agencyDutiesHeading());
		fields.put("agencyDuties", String.join("\n", c.agencyDuties()));
		fields.put("officeDutiesHeading", c.officeDutiesHeading());
		fields.put("officeDuties", String.join("\n", c.officeDuties()));
		fields.put("closingText", c.closingText());
		fields.put("recipients", String.join("\n", c.recipients()));
		fields.put("signer", c.signAuthority() + " " + c.signerHeadTitle() + " / " + c.signerTitle() + " / "
				+ c.signerName());
		return fields;
	}

	private static String describe(TargetSpec t) {
		return t.indicator() + (t.customName() == null ? "" : " " + t.customName()) + " " + t.reductionMinPct()
				+ "–" + t.reductionMaxPct() + "% " + (t.textGoal() == null ? "" : t.textGoal());
	}

	private static LocalDate plusYears(LocalDate date, int years) {
		return date == null ? null : date.plusYears(years);
	}

	/** {@code 12/KH-BATGT}, or {@code /KH-BATGT} before a number is given. */
	public String numberSymbol() {
		return (this.number == null ? "" : this.number) + "/" + this.docTypeSymbol + "-" + this.bodySymbol;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	public int getYear() {
		return this.year;
	}

	public String getBodySymbol() {
		return this.bodySymbol;
	}

	public String getDocTypeSymbol() {
		return this.docTypeSymbol;
	}

	public Integer getNumber() {
		return this.number;
	}

	public LocalDate getIssueDate() {
		return this.issueDate;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getSubPlanDueDate() {
		return this.subPlanDueDate;
	}

	public LocalDate getReportDueDate() {
		return this.reportDueDate;
	}

	public LocalDate getNominationDueDate() {
		return this.nominationDueDate;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public Long getCopiedFromId() {
		return this.copiedFromId;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public List<TaskGroup> getTaskGroups() {
		return List.copyOf(this.taskGroups);
	}

	/** The task groups as specs, without building the whole content (which would load the targets too). */
	public List<TaskGroupSpec> taskGroupSpecs() {
		return this.taskGroups.stream().map(g -> new TaskGroupSpec(g.getId(), g.getTitle(), g.getContent())).toList();
	}

	public Set<Long> getParticipantIds() {
		return Set.copyOf(this.participantIds);
	}

	public boolean isPublic() {
		return this.status != PlanStatus.DRAFT;
	}

}
