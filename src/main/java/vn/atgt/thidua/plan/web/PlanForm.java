package vn.atgt.thidua.plan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.atgt.thidua.shared.province.ProvinceProperties;
import vn.atgt.thidua.plan.PlanContent;
import vn.atgt.thidua.plan.SignAuthority;
import vn.atgt.thidua.plan.TargetSpec;
import vn.atgt.thidua.plan.TaskGroupSpec;
import vn.atgt.thidua.shared.text.Texts;
import vn.atgt.thidua.shared.web.RowAction;
import vn.atgt.thidua.shared.web.RowChange;

/**
 * The plan as the office edits it. List sections (legal bases, purposes, requirements, duties, recipients) are
 * text areas with one item per line; task groups and targets are rows that can be added, removed and reordered.
 */
public class PlanForm {

	private Long version;

	@NotNull
	@Min(2000)
	@Max(2100)
	private Integer year;

	/** The year the dates below were filled in for (hidden): when the year changes, those dates follow it. */
	private Integer datesYear;

	@NotBlank
	@Size(max = 200)
	private String parentBody;

	@NotBlank
	@Size(max = 200)
	private String issuingBody;

	@NotBlank
	@Size(max = 30)
	@Pattern(regexp = "[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*", message = "{plan.validation.bodySymbol}")
	private String bodySymbol;

	@NotBlank
	@Size(max = 100)
	private String place;

	@NotBlank
	@Size(max = 500)
	private String title;

	@Size(max = 500)
	private String theme;

	@Size(max = 20000)
	private String legalBases;

	@Size(max = 5000)
	private String introduction;

	@Size(max = 20000)
	private String purposes;

	@Size(max = 20000)
	private String requirements;

	@Size(max = 5000)
	private String participants;

	@Size(max = 5000)
	private String taskGroupsIntro;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate subPlanDueDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reportDueDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate nominationDueDate;

	@Size(max = 500)
	private String agencyDutiesHeading;

	@Size(max = 500)
	private String officeDutiesHeading;

	@Size(max = 20000)
	private String agencyDuties;

	@Size(max = 20000)
	private String officeDuties;

	@Size(max = 5000)
	private String closingText;

	@Size(max = 5000)
	private String recipients;

	@NotNull
	private SignAuthority signAuthority = SignAuthority.KT;

	@Size(max = 100)
	private String signerHeadTitle;

	@NotBlank
	@Size(max = 100)
	private String signerTitle;

	@NotBlank
	@Size(max = 100)
	private String signerName;

	@Size(max = 2000)
	private String amendmentReason;

	private List<@Valid TaskGroupRow> taskGroups = new ArrayList<>();

	private List<@Valid TargetRow> targets = new ArrayList<>();

	public static PlanForm from(PlanContent c, long version) {
		PlanForm form = new PlanForm();
		form.version = version;
		form.year = c.year();
		form.datesYear = c.year();
		form.parentBody = c.parentBody();
		form.issuingBody = c.issuingBody();
		form.bodySymbol = c.bodySymbol();
		form.place = c.place();
		form.title = c.title();
		form.theme = c.theme();
		form.legalBases = Texts.joinLines(c.legalBases());
		form.introduction = c.introduction();
		form.purposes = Texts.joinLines(c.purposes());
		form.requirements = Texts.joinLines(c.requirements());
		form.participants = c.participants();
		form.taskGroupsIntro = c.taskGroupsIntro();
		form.startDate = c.startDate();
		form.endDate = c.endDate();
		form.subPlanDueDate = c.subPlanDueDate();
		form.reportDueDate = c.reportDueDate();
		form.nominationDueDate = c.nominationDueDate();
		form.agencyDutiesHeading = c.agencyDutiesHeading();
		form.officeDutiesHeading = c.officeDutiesHeading();
		form.agencyDuties = Texts.joinLines(c.agencyDuties());
		form.officeDuties = Texts.joinLines(c.officeDuties());
		form.closingText = c.closingText();
		form.recipients = Texts.joinLines(c.recipients());
		form.signAuthority = c.signAuthority() == null ? SignAuthority.NONE : c.signAuthority();
		form.signerHeadTitle = c.signerHeadTitle();
		form.signerTitle = c.signerTitle();
		form.signerName = c.signerName();
		c.taskGroups().forEach(g -> form.taskGroups.add(new TaskGroupRow(g.id(), g.title(), g.content())));
		c.targets().forEach(t -> form.targets.add(TargetRow.from(t)));
		return form;
	}

	/** A blank form for a new plan of {@code year}, with the committee's usual letterhead (configured) and timeline. */
	public static PlanForm blank(int year, ProvinceProperties province) {
		PlanForm form = new PlanForm();
		form.year = year;
		form.datesYear = year;
		form.parentBody = province.parentBody();
		form.issuingBody = province.issuingBody();
		form.bodySymbol = province.bodySymbol();
		form.place = province.place();
		form.startDate = LocalDate.of(year, 1, 1);
		form.subPlanDueDate = LocalDate.of(year, 6, 30);
		form.endDate = LocalDate.of(year, 12, 31);
		form.signAuthority = SignAuthority.KT;
		form.signerHeadTitle = province.signerHeadTitle();
		form.signerTitle = province.signerTitle();
		form.recipients = province.recipients();
		form.agencyDutiesHeading = province.agencyDutiesHeading();
		form.officeDutiesHeading = province.officeDutiesHeading();
		form.taskGroups.add(new TaskGroupRow());
		return form;
	}

	/**
	 * The year was changed since the dates were filled in: every date still in the old year moves to the new one, by
	 * whole years; a date the user had put in another year is theirs and is kept (then checked against the year).
	 * Returns true when something moved.
	 */
	public boolean followYear() {
		if (this.year == null || this.datesYear == null || this.year.equals(this.datesYear)) {
			return false;
		}
		int from = this.datesYear;
		int shift = this.year - from;
		this.startDate = moved(this.startDate, from, shift);
		this.endDate = moved(this.endDate, from, shift);
		this.subPlanDueDate = moved(this.subPlanDueDate, from, shift);
		this.reportDueDate = moved(this.reportDueDate, from, shift);
		this.nominationDueDate = moved(this.nominationDueDate, from, shift);
		this.datesYear = this.year;
		return true;
	}

	private static LocalDate moved(LocalDate date, int from, int shift) {
		return date != null && date.getYear() == from ? date.plusYears(shift) : date;
	}

	public PlanContent toContent() {
		return new PlanContent(this.year, this.parentBody, this.issuingBody, this.bodySymbol, this.place, this.title,
				this.theme, Texts.lines(this.legalBases), this.introduction, Texts.lines(this.purposes),
				this.targets.stream().map(TargetRow::toSpec).toList(), Texts.lines(this.requirements),
				this.participants, this.taskGroupsIntro,
				this.taskGroups.stream().map(g -> new TaskGroupSpec(g.getId(), g.getTitle(), g.getContent())).toList(),
				this.startDate, this.endDate, this.subPlanDueDate, this.reportDueDate, this.nominationDueDate,
				this.agencyDutiesHeading, Texts.lines(this.agencyDuties), this.officeDutiesHeading,
				Texts.lines(this.officeDuties), this.closingText,
				Texts.lines(this.recipients), this.signAuthority, this.signerHeadTitle, this.signerTitle,
				this.signerName);
	}

	/**
	 * Applies a row button of the form ({@code addTaskGroup}, {@code removeTaskGroup:2}, {@code upTaskGroup:2},
	 * {@code downTaskGroup:2}, {@code addTarget}, {@code removeTarget:0}) and answers what changed; empty for a
	 * button this form does not have.
	 */
	public Optional<RowChange> applyRowAction(String action) {
		return RowAction.parse(action).flatMap(row -> switch (row.kind()) {
			case "TaskGroup" -> Optional.of(row.applyTo(this.taskGroups, TaskGroupRow::new));
			case "Target" -> Optional.of(row.applyTo(this.targets, TargetRow::new));
			default -> Optional.empty();
		});
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Integer getDatesYear() {
		return this.datesYear;
	}

	public void setDatesYear(Integer datesYear) {
		this.datesYear = datesYear;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getParentBody() {
		return this.parentBody;
	}

	public void setParentBody(String parentBody) {
		this.parentBody = parentBody;
	}

	public String getIssuingBody() {
		return this.issuingBody;
	}

	public void setIssuingBody(String issuingBody) {
		this.issuingBody = issuingBody;
	}

	public String getBodySymbol() {
		return this.bodySymbol;
	}

	public void setBodySymbol(String bodySymbol) {
		this.bodySymbol = bodySymbol;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTheme() {
		return this.theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

	public String getLegalBases() {
		return this.legalBases;
	}

	public void setLegalBases(String legalBases) {
		this.legalBases = legalBases;
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

	public String getRequirements() {
		return this.requirements;
	}

	public void setRequirements(String requirements) {
		this.requirements = requirements;
	}

	public String getParticipants() {
		return this.participants;
	}

	public void setParticipants(String participants) {
		this.participants = participants;
	}

	public String getTaskGroupsIntro() {
		return this.taskGroupsIntro;
	}

	public void setTaskGroupsIntro(String taskGroupsIntro) {
		this.taskGroupsIntro = taskGroupsIntro;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public LocalDate getSubPlanDueDate() {
		return this.subPlanDueDate;
	}

	public void setSubPlanDueDate(LocalDate subPlanDueDate) {
		this.subPlanDueDate = subPlanDueDate;
	}

	public LocalDate getReportDueDate() {
		return this.reportDueDate;
	}

	public void setReportDueDate(LocalDate reportDueDate) {
		this.reportDueDate = reportDueDate;
	}

	public LocalDate getNominationDueDate() {
		return this.nominationDueDate;
	}

	public void setNominationDueDate(LocalDate nominationDueDate) {
		this.nominationDueDate = nominationDueDate;
	}

	public String getAgencyDuties() {
		return this.agencyDuties;
	}

	public void setAgencyDuties(String agencyDuties) {
		this.agencyDuties = agencyDuties;
	}

	public String getOfficeDuties() {
		return this.officeDuties;
	}

	public void setOfficeDuties(String officeDuties) {
		this.officeDuties = officeDuties;
	}

	public String getClosingText() {
		return this.closingText;
	}

	public void setClosingText(String closingText) {
		this.closingText = closingText;
	}

	public String getRecipients() {
		return this.recipients;
	}

	public void setRecipients(String recipients) {
		this.recipients = recipients;
	}

	public SignAuthority getSignAuthority() {
		return this.signAuthority;
	}

	public void setSignAuthority(SignAuthority signAuthority) {
		this.signAuthority = signAuthority;
	}

	public String getSignerHeadTitle() {
		return this.signerHeadTitle;
	}

	public void setSignerHeadTitle(String signerHeadTitle) {
		this.signerHeadTitle = signerHeadTitle;
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

	public String getAmendmentReason() {
		return this.amendmentReason;
	}

	public void setAmendmentReason(String amendmentReason) {
		this.amendmentReason = amendmentReason;
	}

	public String getAgencyDutiesHeading() {
		return this.agencyDutiesHeading;
	}

	public void setAgencyDutiesHeading(String agencyDutiesHeading) {
		this.agencyDutiesHeading = agencyDutiesHeading;
	}

	public String getOfficeDutiesHeading() {
		return this.officeDutiesHeading;
	}

	public void setOfficeDutiesHeading(String officeDutiesHeading) {
		this.officeDutiesHeading = officeDutiesHeading;
	}

	public List<TaskGroupRow> getTaskGroups() {
		return this.taskGroups;
	}

	public void setTaskGroups(List<TaskGroupRow> taskGroups) {
		this.taskGroups = taskGroups;
	}

	public List<TargetRow> getTargets() {
		return this.targets;
	}

	public void setTargets(List<TargetRow> targets) {
		this.targets = targets;
	}

}
