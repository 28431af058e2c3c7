package vn.atgt.thidua.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import vn.atgt.thidua.report.YearEndReportEvents.ReportAccepted;
import vn.atgt.thidua.report.YearEndReportEvents.ReportEdited;
import vn.atgt.thidua.report.YearEndReportEvents.ReportReturned;
import vn.atgt.thidua.report.YearEndReportEvents.ReportSubmitted;
import vn.atgt.thidua.shared.domain.VersionedAggregate;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.FieldChange;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.statistics.Counts;

/**
 * An agency's year-end report (báo cáo tổng kết) on a plan. DRAFT and RETURNED reports are edited by the agency;
 * submitting records the days late against the plan's report due date; the office returns (with reasons) or accepts.
 */
@Entity
@Table(name = "year_end_report")
public class YearEndReport extends VersionedAggregate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private Long agencyId;

	@Enumerated(EnumType.STRING)
	private ReportStatus status = ReportStatus.DRAFT;

	@ElementCollection
	@CollectionTable(name = "year_end_report_result", joinColumns = @JoinColumn(name = "report_id"))
	@MapKeyColumn(name = "task_group_id")
	@Column(name = "result")
	private Map<Long, String> results = new HashMap<>();

	private String dissemination;

	private String modelsFound;

	private boolean withFigures;

	private LocalDate periodStart;

	private LocalDate periodEnd;

	private Integer accidents;

	private Integer deaths;

	private Integer injuries;

	private Integer prevAccidents;

	private Integer prevDeaths;

	private Integer prevInjuries;

	private Integer especiallySerious;

	private Integer verySerious;

	private Integer serious;

	private String strengths;

	private String limits;

	private String causes;

	private String proposals;

	@Embedded
	private ReportParticulars particulars;

	private Instant submittedAt;

	private Integer daysLate;

	private String returnReason;

	private Instant createdAt;

	private Instant updatedAt;

	protected YearEndReport() {
	}

	public static YearEndReport draft(Long planId, Long agencyId, ReportContent content, Instant now) {
		return draft(planId, agencyId, content, ReportParticulars.NONE, now);
	}

	public static YearEndReport draft(Long planId, Long agencyId, ReportContent content, ReportParticulars particulars,
			Instant now) {
		YearEndReport report = new YearEndReport();
		report.planId = planId;
		report.agencyId = agencyId;
		report.createdAt = now;
		report.write(content, now);
		report.particulars = particulars;
		return report;
	}

	/** Saves the agency's text and document particulars; only a draft or a returned report can be edited. */
	void edit(ReportContent content, ReportParticulars particulars, Instant now, Actor by, String planNumber) {
		if (!this.status.isEditable()) {
			throw new InvalidStateException("yearReport.error.notEditable");
		}
		Map<String, String> before = snapshot();
		write(content, now);
		this.particulars = particulars;
		registerEvent(new ReportEdited(this.id, this.planId, this.agencyId, planNumber,
				FieldChange.between(before, snapshot()), by, now));
	}

	/** Submits a draft or a returned report; the days late count against {@code dueDate} (none when null). */
	void submit(LocalDate dueDate, Instant now, Actor by, String planNumber) {
		if (!this.status.isEditable()) {
			throw new InvalidStateException("yearReport.error.notEditable");
		}
		if (!getParticulars().missingForIssue().isEmpty()) {
			throw new InvalidStateException("yearReport.error.particularsMissing");
		}
		Map<String, String> before = snapshot();
		this.status = ReportStatus.SUBMITTED;
		this.submittedAt = now;
		this.daysLate = dueDate == null ? 0 : (int) VnDates.daysLate(dueDate, now);
		this.updatedAt = now;
		registerEvent(new ReportSubmitted(this.id, this.planId, this.agencyId, planNumber, this.daysLate,
				FieldChange.between(before, snapshot()), by, now));
	}

	void returnForChanges(String reason, Instant now, Actor by, String planNumber) {
		requireSubmitted();
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a return needs its reasons");
		}
		Map<String, String> before = snapshot();
		this.status = ReportStatus.RETURNED;
		this.returnReason = reason.strip();
		this.updatedAt = now;
		registerEvent(new ReportReturned(this.id, this.planId, this.agencyId, planNumber,
				FieldChange.between(before, snapshot()), by, now));
	}

	void accept(Instant now, Actor by, String planNumber) {
		requireSubmitted();
		Map<String, String> before = snapshot();
		this.status = ReportStatus.ACCEPTED;
		this.updatedAt = now;
		registerEvent(new ReportAccepted(this.id, this.planId, this.agencyId, planNumber,
				FieldChange.between(before, snapshot()), by, now));
	}

	private void requireSubmitted() {
		if (this.status != ReportStatus.SUBMITTED) {
			throw new InvalidStateException("yearReport.error.notSubmitted");
		}
	}

	private void write(ReportContent c, Instant now) {
		this.results.clear();
		this.results.putAll(c.results());
		this.dissemination = c.dissemination();
		this.modelsFound = c.modelsFound();
		AreaFigures f = c.figures();
		this.withFigures = f != null;
		this.periodStart = f == null ? null : f.periodStart();
		this.periodEnd = f == null ? null : f.periodEnd();
		this.accidents = f == null ? null : Math.toIntExact(f.current().accidents());
		this.deaths = f == null ? null : Math.toIntExact(f.current().deaths());
		this.injuries = f == null ? null : Math.toIntExact(f.current().injuries());
		this.prevAccidents = f == null ? null : Math.toIntExact(f.previous().accidents());
		this.prevDeaths = f == null ? null : Math.toIntExact(f.previous().deaths());
		this.prevInjuries = f == null ? null : Math.toIntExact(f.previous().injuries());
		this.especiallySerious = f == null ? null : f.especiallySerious();
		this.verySerious = f == null ? null : f.verySerious();
		this.serious = f == null ? null : f.serious();
		this.strengths = c.strengths();
		this.limits = c.limits();
		this.causes = c.causes();
		this.proposals = c.proposals();
		this.updatedAt = now;
	}

	public ReportContent content() {
		return new ReportContent(new TreeMap<>(this.results), this.dissemination, this.modelsFound, figures(),
				this.strengths, this.limits, this.causes, this.proposals);
	}

	public AreaFigures figures() {
		if (!this.withFigures) {
			return null;
		}
		return new AreaFigures(this.periodStart, this.periodEnd, new Counts(this.accidents, this.deaths, this.injuries),
				new Counts(this.prevAccidents, this.prevDeaths, this.prevInjuries), this.especiallySerious,
				this.verySerious, this.serious);
	}

	/** Field-by-field text for the audit trail. */
	public Map<String, String> snapshot() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("status", this.status.name());
		new TreeMap<>(this.results).forEach((group, text) -> fields.put("result." + group, text));
		fields.put("dissemination", this.dissemination);
		fields.put("modelsFound", this.modelsFound);
		fields.put("figures", this.withFigures ? this.periodStart + ".." + this.periodEnd + " " + this.accidents + "/"
				+ this.deaths + "/" + this.injuries + " (" + this.prevAccidents + "/" + this.prevDeaths + "/"
				+ this.prevInjuries + ") " + this.especiallySerious + "/" + this.verySerious + "/" + this.serious : "");
		fields.put("strengths", this.strengths);
		fields.put("limits", this.limits);
		fields.put("causes", this.causes);
		fields.put("proposals", this.proposals);
		fields.put("returnReason", this.returnReason);
		ReportParticulars p = getParticulars();
		fields.put("document", p.isBlank() ? "" : p.parentBody() + " / " + p.issuingBody() + " | " + p.number() + "/BC-"
				+ p.bodySymbol() + " | " + p.place() + " " + p.issueDate() + " | " + p.signAuthority().prefix() + " "
				+ p.headTitle() + " / " + p.signerTitle() + " / " + p.signerName() + " | " + p.recipients());
		return fields;
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

	public ReportStatus getStatus() {
		return this.status;
	}

	public Map<Long, String> getResults() {
		return Map.copyOf(this.results);
	}

	public String getDissemination() {
		return this.dissemination;
	}

	public String getModelsFound() {
		return this.modelsFound;
	}

	public String getStrengths() {
		return this.strengths;
	}

	public String getLimits() {
		return this.limits;
	}

	public String getCauses() {
		return this.causes;
	}

	public String getProposals() {
		return this.proposals;
	}

	/** The document particulars; {@link ReportParticulars#NONE} until the author gives them. */
	public ReportParticulars getParticulars() {
		return this.particulars == null ? ReportParticulars.NONE : this.particulars;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Integer getDaysLate() {
		return this.daysLate;
	}

	public String getReturnReason() {
		return this.returnReason;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
