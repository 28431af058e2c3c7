package vn.atgt.thidua.report.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.atgt.thidua.plan.SignAuthority;
import vn.atgt.thidua.report.AreaFigures;
import vn.atgt.thidua.report.ReportContent;
import vn.atgt.thidua.report.ReportParticulars;
import vn.atgt.thidua.report.YearEndReport;
import vn.atgt.thidua.statistics.Counts;

/** The agency's year-end report form; results are keyed by task group id. Never binds status, agency or plan. */
public class YearEndReportForm {

	static final int MAX_COUNT = 1_000_000;

	static final int MAX_TEXT = 8000;

	private Long version;

	private Map<Long, String> results = new HashMap<>();

	@Size(max = MAX_TEXT)
	private String dissemination;

	@Size(max = MAX_TEXT)
	private String modelsFound;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodEnd;

	@Min(0) @Max(MAX_COUNT)
	private Integer accidents;

	@Min(0) @Max(MAX_COUNT)
	private Integer deaths;

	@Min(0) @Max(MAX_COUNT)
	private Integer injuries;

	@Min(0) @Max(MAX_COUNT)
	private Integer prevAccidents;

	@Min(0) @Max(MAX_COUNT)
	private Integer prevDeaths;

	@Min(0) @Max(MAX_COUNT)
	private Integer prevInjuries;

	@Min(0) @Max(MAX_COUNT)
	private Integer especiallySerious;

	@Min(0) @Max(MAX_COUNT)
	private Integer verySerious;

	@Min(0) @Max(MAX_COUNT)
	private Integer serious;

	@Size(max = MAX_TEXT)
	private String strengths;

	@Size(max = MAX_TEXT)
	private String limits;

	@Size(max = MAX_TEXT)
	private String causes;

	@Size(max = MAX_TEXT)
	private String proposals;

	// the document's particulars (issue 13.2)
	@Size(max = 200)
	private String docParentBody;

	@Size(max = 200)
	private String docIssuingBody;

	@Min(1) @Max(MAX_COUNT)
	private Integer docNumber;

	@Size(max = 40)
	@jakarta.validation.constraints.Pattern(regexp = "[\\p{Lu}\\p{Nd}.&-]*")
	private String docSymbol;

	@Size(max = 100)
	private String docPlace;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate docIssueDate;

	private SignAuthority signAuthority = SignAuthority.NONE;

	@Size(max = 120)
	private String signerHeadTitle;

	@Size(max = 120)
	private String signerTitle;

	@Size(max = 120)
	private String signerName;

	@Size(max = 4000)
	private String recipients;

	/** A new report: results prefilled (from the accepted sub-plan), the Decree 09 year window, the agency's header. */
	static YearEndReportForm blank(int year, Map<Long, String> prefill, ReportParticulars defaults) {
		YearEndReportForm form = new YearEndReportForm();
		form.results.putAll(prefill);
		LocalDate[] window = AreaFigures.defaultWindow(year);
		form.periodStart = window[0];
		form.periodEnd = window[1];
		form.particulars(defaults);
		return form;
	}

	static YearEndReportForm from(YearEndReport report, int year, ReportParticulars defaults) {
		ReportContent c = report.content();
		YearEndReportForm form = blank(year, c.results(),
				report.getParticulars().isBlank() ? defaults : report.getParticulars());
		form.version = report.getVersion();
		form.dissemination = c.dissemination();
		form.modelsFound = c.modelsFound();
		AreaFigures f = c.figures();
		if (f != null) {
			form.periodStart = f.periodStart();
			form.periodEnd = f.periodEnd();
			form.accidents = (int) f.current().accidents();
			form.deaths = (int) f.current().deaths();
			form.injuries = (int) f.current().injuries();
			form.prevAccidents = (int) f.previous().accidents();
			form.prevDeaths = (int) f.previous().deaths();
			form.prevInjuries = (int) f.previous().injuries();
			form.especiallySerious = f.especiallySerious();
			form.verySerious = f.verySerious();
			form.serious = f.serious();
		}
		form.strengths = c.strengths();
		form.limits = c.limits();
		form.causes = c.causes();
		form.proposals = c.proposals();
		return form;
	}

	private void particulars(ReportParticulars p) {
		this.docParentBody = p.parentBody();
		this.docIssuingBody = p.issuingBody();
		this.docNumber = p.number();
		this.docSymbol = p.bodySymbol();
		this.docPlace = p.place();
		this.docIssueDate = p.issueDate();
		this.signAuthority = p.signAuthority();
		this.signerHeadTitle = p.headTitle();
		this.signerTitle = p.signerTitle();
		this.signerName = p.signerName();
		this.recipients = p.recipients();
	}

	ReportParticulars toParticulars() {
		return new ReportParticulars(this.docParentBody, this.docIssuingBody, this.docNumber, this.docSymbol,
				this.docPlace, this.docIssueDate, this.signAuthority, this.signerHeadTitle, this.signerTitle,
				this.signerName, this.recipients);
	}

	/** True when any count is filled in: then all six counts and the period are needed. */
	boolean figuresGiven() {
		return this.accidents != null || this.deaths != null || this.injuries != null || this.prevAccidents != null
				|| this.prevDeaths != null || this.prevInjuries != null;
	}

	ReportContent toContent(boolean withFigures) {
		Map<Long, String> texts = new HashMap<>();
		this.results.forEach((group, text) -> {
			if (group != null && text != null && !text.isBlank()) {
				texts.put(group, text.strip());
			}
		});
		AreaFigures figures = withFigures && figuresGiven() ? new AreaFigures(this.periodStart, this.periodEnd,
				new Counts(this.accidents, this.deaths, this.injuries),
				new Counts(this.prevAccidents, this.prevDeaths, this.prevInjuries), this.especiallySerious,
				this.verySerious, this.serious) : null;
		return new ReportContent(texts, blankToNull(this.dissemination), blankToNull(this.modelsFound), figures,
				blankToNull(this.strengths), blankToNull(this.limits), blankToNull(this.causes),
				blankToNull(this.proposals));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Long getVersion() { return this.version; }

	public void setVersion(Long version) { this.version = version; }

	public Map<Long, String> getResults() { return this.results; }

	public void setResults(Map<Long, String> results) { this.results = results; }

	public String getDissemination() { return this.dissemination; }

	public void setDissemination(String dissemination) { this.dissemination = dissemination; }

	public String getModelsFound() { return this.modelsFound; }

	public void setModelsFound(String modelsFound) { this.modelsFound = modelsFound; }

	public LocalDate getPeriodStart() { return this.periodStart; }

	public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }

	public LocalDate getPeriodEnd() { return this.periodEnd; }

	public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }

	public Integer getAccidents() { return this.accidents; }

	public void setAccidents(Integer accidents) { this.accidents = accidents; }

	public Integer getDeaths() { return this.deaths; }

	public void setDeaths(Integer deaths) { this.deaths = deaths; }

	public Integer getInjuries() { return this.injuries; }

	public void setInjuries(Integer injuries) { this.injuries = injuries; }

	public Integer getPrevAccidents() { return this.prevAccidents; }

	public void setPrevAccidents(Integer prevAccidents) { this.prevAccidents = prevAccidents; }

	public Integer getPrevDeaths() { return this.prevDeaths; }

	public void setPrevDeaths(Integer prevDeaths) { this.prevDeaths = prevDeaths; }

	public Integer getPrevInjuries() { return this.prevInjuries; }

	public void setPrevInjuries(Integer prevInjuries) { this.prevInjuries = prevInjuries; }

	public Integer getEspeciallySerious() { return this.especiallySerious; }

	public void setEspeciallySerious(Integer especiallySerious) { this.especiallySerious = especiallySerious; }

	public Integer getVerySerious() { return this.verySerious; }

	public void setVerySerious(Integer verySerious) { this.verySerious = verySerious; }

	public Integer getSerious() { return this.serious; }

	public void setSerious(Integer serious) { this.serious = serious; }

	public String getStrengths() { return this.strengths; }

	public void setStrengths(String strengths) { this.strengths = strengths; }

	public String getLimits() { return this.limits; }

	public void setLimits(String limits) { this.limits = limits; }

	public String getCauses() { return this.causes; }

	public void setCauses(String causes) { this.causes = causes; }

	public String getProposals() { return this.proposals; }

	public String getDocParentBody() { return this.docParentBody; }

	public void setDocParentBody(String docParentBody) { this.docParentBody = docParentBody; }

	public String getDocIssuingBody() { return this.docIssuingBody; }

	public void setDocIssuingBody(String docIssuingBody) { this.docIssuingBody = docIssuingBody; }

	public Integer getDocNumber() { return this.docNumber; }

	public void setDocNumber(Integer docNumber) { this.docNumber = docNumber; }

	public String getDocSymbol() { return this.docSymbol; }

	public void setDocSymbol(String docSymbol) { this.docSymbol = docSymbol; }

	public String getDocPlace() { return this.docPlace; }

	public void setDocPlace(String docPlace) { this.docPlace = docPlace; }

	public LocalDate getDocIssueDate() { return this.docIssueDate; }

	public void setDocIssueDate(LocalDate docIssueDate) { this.docIssueDate = docIssueDate; }

	public SignAuthority getSignAuthority() { return this.signAuthority; }

	public void setSignAuthority(SignAuthority signAuthority) { this.signAuthority = signAuthority; }

	public String getSignerHeadTitle() { return this.signerHeadTitle; }

	public void setSignerHeadTitle(String signerHeadTitle) { this.signerHeadTitle = signerHeadTitle; }

	public String getSignerTitle() { return this.signerTitle; }

	public void setSignerTitle(String signerTitle) { this.signerTitle = signerTitle; }

	public String getSignerName() { return this.signerName; }

	public void setSignerName(String signerName) { this.signerName = signerName; }

	public String getRecipients() { return this.recipients; }

	public void setRecipients(String recipients) { this.recipients = recipients; }

	public void setProposals(String proposals) { this.proposals = proposals; }

}
