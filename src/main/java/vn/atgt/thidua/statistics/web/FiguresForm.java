package vn.atgt.thidua.statistics.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.atgt.thidua.statistics.AccidentFigures;
import vn.atgt.thidua.statistics.Counts;
import vn.atgt.thidua.statistics.FiguresData;
import vn.atgt.thidua.statistics.PeriodType;

/** The accident figures form; a blank window takes the Decree 09 default of the chosen period. */
public class FiguresForm {

	static final int MAX_COUNT = 1_000_000;

	private Long version;

	@NotNull
	private PeriodType periodType = PeriodType.YEAR;

	@NotNull
	@Min(2000)
	@Max(2100)
	private Integer periodYear;

	private Integer periodNo;

	/** The period the window was filled in for (hidden, e.g. {@code YEAR-2025-0}): the window follows a changed period. */
	private String windowFor;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodEnd;

	@NotNull
	@Min(0)
	@Max(MAX_COUNT)
	private Integer accidents;

	@NotNull
	@Min(0)
	@Max(MAX_COUNT)
	private Integer deaths;

	@NotNull
	@Min(0)
	@Max(MAX_COUNT)
	private Integer injuries;

	@NotNull
	@Min(0)
	@Max(MAX_COUNT)
	private Integer prevAccidents;

	@NotNull
	@Min(0)
	@Max(MAX_COUNT)
	private Integer prevDeaths;

	@NotNull
	@Min(0)
	@Max(MAX_COUNT)
	private Integer prevInjuries;

	@Min(0)
	@Max(MAX_COUNT)
	private Integer especiallySerious;

	@Min(0)
	@Max(MAX_COUNT)
	private Integer verySerious;

	@Min(0)
	@Max(MAX_COUNT)
	private Integer serious;

	@Min(0)
	@Max(MAX_COUNT)
	private Integer drinkDriving;

	@Min(0)
	@Max(MAX_COUNT)
	private Integer commercialTransport;

	/** Why the previous-period figures differ from the stored ones: confirms the difference. */
	@Size(max = 1000)
	private String prevReason;

	@Size(max = 1000)
	private String note;

	static FiguresForm blank(int year) {
		FiguresForm form = new FiguresForm();
		form.periodYear = year;
		form.fillDefaultWindow();
		return form;
	}

	static FiguresForm from(AccidentFigures figures) {
		FiguresData d = figures.data();
		FiguresForm form = new FiguresForm();
		form.version = figures.getVersion();
		form.periodType = d.periodType();
		form.periodYear = d.periodYear();
		form.periodNo = d.periodType().isNumbered() ? d.periodNo() : null;
		form.periodStart = d.periodStart();
		form.periodEnd = d.periodEnd();
		form.windowFor = form.periodKey();
		form.accidents = (int) d.current().accidents();
		form.deaths = (int) d.current().deaths();
		form.injuries = (int) d.current().injuries();
		form.prevAccidents = (int) d.previous().accidents();
		form.prevDeaths = (int) d.previous().deaths();
		form.prevInjuries = (int) d.previous().injuries();
		form.especiallySerious = d.especiallySerious();
		form.verySerious = d.verySerious();
		form.serious = d.serious();
		form.drinkDriving = d.drinkDriving();
		form.commercialTransport = d.commercialTransport();
		form.prevReason = d.prevReason();
		form.note = d.note();
		return form;
	}

	/** True when type, year and (for months and quarters) number designate a period. */
	boolean periodChosen() {
		return this.periodType != null && this.periodYear != null && this.periodYear >= 2000 && this.periodYear <= 2100
				&& (!this.periodType.isNumbered() || (this.periodNo != null && this.periodNo >= 1
						&& this.periodNo <= this.periodType.maxNumber()));
	}

	/** The Decree 09 default window of the chosen period, or null when no period is chosen yet. */
	PeriodType.Window defaultWindow() {
		return periodChosen() ? this.periodType.defaultWindow(this.periodYear,
				this.periodType.isNumbered() ? this.periodNo : 0) : null;
	}

	/** Replaces the window by the default of the chosen period. */
	void fillDefaultWindow() {
		PeriodType.Window window = defaultWindow();
		if (window != null) {
			this.periodStart = window.start();
			this.periodEnd = window.end();
			this.windowFor = periodKey();
		}
	}

	/** {@code YEAR-2025-0}: the chosen period, or null when none is chosen. */
	String periodKey() {
		return periodChosen() ? this.periodType + "-" + this.periodYear + "-"
				+ (this.periodType.isNumbered() ? this.periodNo : 0) : null;
	}

	/**
	 * The period was changed since the window was filled in: each end of the window that is still the old period's
	 * default takes the new period's default; an end the user typed is theirs and is kept (then checked).
	 */
	void followPeriod() {
		String key = periodKey();
		if (key == null || this.windowFor == null || this.windowFor.equals(key)) {
			return;
		}
		PeriodType.Window old = windowOf(this.windowFor);
		PeriodType.Window now = defaultWindow();
		if (old != null) {
			if (this.periodStart == null || this.periodStart.equals(old.start())) {
				this.periodStart = now.start();
			}
			if (this.periodEnd == null || this.periodEnd.equals(old.end())) {
				this.periodEnd = now.end();
			}
		}
		this.windowFor = key;
	}

	private static PeriodType.Window windowOf(String key) {
		try {
			String[] parts = key.split("-");
			PeriodType type = PeriodType.valueOf(parts[0]);
			int year = Integer.parseInt(parts[1]);
			int no = Integer.parseInt(parts[2]);
			if (year < 2000 || year > 2100 || (type.isNumbered() && (no < 1 || no > type.maxNumber()))) {
				return null;
			}
			return type.defaultWindow(year, no);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	LocalDate effectiveStart() {
		return this.periodStart != null ? this.periodStart : defaultWindow() == null ? null : defaultWindow().start();
	}

	LocalDate effectiveEnd() {
		return this.periodEnd != null ? this.periodEnd : defaultWindow() == null ? null : defaultWindow().end();
	}

	FiguresData toData() {
		return new FiguresData(this.periodType, this.periodYear, this.periodNo == null ? 0 : this.periodNo,
				effectiveStart(), effectiveEnd(), new Counts(this.accidents, this.deaths, this.injuries),
				new Counts(this.prevAccidents, this.prevDeaths, this.prevInjuries), this.especiallySerious,
				this.verySerious, this.serious, this.drinkDriving, this.commercialTransport,
				this.note == null || this.note.isBlank() ? null : this.note.strip(),
				this.prevReason == null || this.prevReason.isBlank() ? null : this.prevReason.strip());
	}

	/** The previous-period counts as typed, or null while one is missing. */
	Counts typedPrevious() {
		return this.prevAccidents == null || this.prevDeaths == null || this.prevInjuries == null || this.prevAccidents < 0
				|| this.prevDeaths < 0 || this.prevInjuries < 0 ? null
						: new Counts(this.prevAccidents, this.prevDeaths, this.prevInjuries);
	}

	/** Fills the previous-period counts from the stored figures when none was typed yet. */
	void prefillPrevious(Counts stored) {
		if (stored != null && this.prevAccidents == null && this.prevDeaths == null && this.prevInjuries == null) {
			this.prevAccidents = (int) stored.accidents();
			this.prevDeaths = (int) stored.deaths();
			this.prevInjuries = (int) stored.injuries();
		}
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public PeriodType getPeriodType() {
		return this.periodType;
	}

	public void setPeriodType(PeriodType periodType) {
		this.periodType = periodType;
	}

	public Integer getPeriodYear() {
		return this.periodYear;
	}

	public void setPeriodYear(Integer periodYear) {
		this.periodYear = periodYear;
	}

	public Integer getPeriodNo() {
		return this.periodNo;
	}

	public void setPeriodNo(Integer periodNo) {
		this.periodNo = periodNo;
	}

	public String getWindowFor() {
		return this.windowFor;
	}

	public void setWindowFor(String windowFor) {
		this.windowFor = windowFor;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public void setPeriodStart(LocalDate periodStart) {
		this.periodStart = periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public void setPeriodEnd(LocalDate periodEnd) {
		this.periodEnd = periodEnd;
	}

	public Integer getAccidents() {
		return this.accidents;
	}

	public void setAccidents(Integer accidents) {
		this.accidents = accidents;
	}

	public Integer getDeaths() {
		return this.deaths;
	}

	public void setDeaths(Integer deaths) {
		this.deaths = deaths;
	}

	public Integer getInjuries() {
		return this.injuries;
	}

	public void setInjuries(Integer injuries) {
		this.injuries = injuries;
	}

	public Integer getPrevAccidents() {
		return this.prevAccidents;
	}

	public void setPrevAccidents(Integer prevAccidents) {
		this.prevAccidents = prevAccidents;
	}

	public Integer getPrevDeaths() {
		return this.prevDeaths;
	}

	public void setPrevDeaths(Integer prevDeaths) {
		this.prevDeaths = prevDeaths;
	}

	public Integer getPrevInjuries() {
		return this.prevInjuries;
	}

	public void setPrevInjuries(Integer prevInjuries) {
		this.prevInjuries = prevInjuries;
	}

	public Integer getEspeciallySerious() {
		return this.especiallySerious;
	}

	public void setEspeciallySerious(Integer especiallySerious) {
		this.especiallySerious = especiallySerious;
	}

	public Integer getVerySerious() {
		return this.verySerious;
	}

	public void setVerySerious(Integer verySerious) {
		this.verySerious = verySerious;
	}

	public Integer getSerious() {
		return this.serious;
	}

	public void setSerious(Integer serious) {
		this.serious = serious;
	}

	public Integer getDrinkDriving() {
		return this.drinkDriving;
	}

	public void setDrinkDriving(Integer drinkDriving) {
		this.drinkDriving = drinkDriving;
	}

	public Integer getCommercialTransport() {
		return this.commercialTransport;
	}

	public void setCommercialTransport(Integer commercialTransport) {
		this.commercialTransport = commercialTransport;
	}

	public String getPrevReason() {
		return this.prevReason;
	}

	public void setPrevReason(String prevReason) {
		this.prevReason = prevReason;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
