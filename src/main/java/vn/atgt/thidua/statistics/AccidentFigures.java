package vn.atgt.thidua.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.shared.domain.VersionedAggregate;

/**
 * Accident figures of one scope (the province, or an agency's area) for one reporting period, with the figures of
 * the same period of the previous year. The window is stored explicitly: never assume a calendar year.
 */
@Entity
@Table(name = "accident_figures")
public class AccidentFigures extends VersionedAggregate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long agencyId;

	@Enumerated(EnumType.STRING)
	private PeriodType periodType;

	private int periodYear;

	private int periodNo;

	private LocalDate periodStart;

	private LocalDate periodEnd;

	private int accidents;

	private int deaths;

	private int injuries;

	private int prevAccidents;

	private int prevDeaths;

	private int prevInjuries;

	private Integer especiallySerious;

	private Integer verySerious;

	private Integer serious;

	private Integer drinkDriving;

	private Integer commercialTransport;

	@Enumerated(EnumType.STRING)
	private PreviousSource prevSource;

	private String prevReason;

	private String note;

	private String enteredBy;

	private Instant updatedAt;

	protected AccidentFigures() {
	}

	/** Province-wide figures ({@code agencyId} null) or an agency area's figures. */
	public static AccidentFigures record(Long agencyId, FiguresData data, Counts storedPrevious, String by,
			Instant now) {
		AccidentFigures figures = new AccidentFigures();
		figures.agencyId = agencyId;
		figures.write(data, storedPrevious, by, now);
		return figures;
	}

	/** {@code storedPrevious}: the stored figures of the same period of the previous year, null when none. */
	public void correct(FiguresData data, Counts storedPrevious, String by, Instant now) {
		write(data, storedPrevious, by, now);
	}

	private void write(FiguresData d, Counts storedPrevious, String by, Instant now) {
		if (!FiguresChecks.subCountsAboveTotal((int) d.current().accidents(), d.especiallySerious(), d.verySerious(),
				d.serious(), d.drinkDriving(), d.commercialTransport()).isEmpty()) {
			throw new IllegalArgumentException("a sub-count exceeds the accidents");
		}
		if (d.periodEnd().isBefore(d.periodStart())) {
			throw new IllegalArgumentException("period ends before it starts");
		}
		if (d.periodType().isNumbered() != (d.periodNo() >= 1 && d.periodNo() <= d.periodType().maxNumber())) {
			throw new IllegalArgumentException("period number out of range");
		}
		this.periodType = d.periodType();
		this.periodYear = d.periodYear();
		this.periodNo = d.periodType().isNumbered() ? d.periodNo() : 0;
		this.periodStart = d.periodStart();
		this.periodEnd = d.periodEnd();
		this.accidents = Math.toIntExact(d.current().accidents());
		this.deaths = Math.toIntExact(d.current().deaths());
		this.injuries = Math.toIntExact(d.current().injuries());
		this.prevAccidents = Math.toIntExact(d.previous().accidents());
		this.prevDeaths = Math.toIntExact(d.previous().deaths());
		this.prevInjuries = Math.toIntExact(d.previous().injuries());
		this.especiallySerious = d.especiallySerious();
		this.verySerious = d.verySerious();
		this.serious = d.serious();
		this.drinkDriving = d.drinkDriving();
		this.commercialTransport = d.commercialTransport();
		this.prevSource = FiguresChecks.source(d.previous(), storedPrevious, d.prevReason());
		this.prevReason = this.prevSource == PreviousSource.CONFIRMED ? d.prevReason().strip() : null;
		this.note = d.note();
		this.enteredBy = by;
		this.updatedAt = now;
	}

	public FiguresData data() {
		return new FiguresData(this.periodType, this.periodYear, this.periodNo, this.periodStart, this.periodEnd,
				current(), previous(), this.especiallySerious, this.verySerious, this.serious, this.drinkDriving,
				this.commercialTransport, this.note, this.prevReason);
	}

	public Counts current() {
		return new Counts(this.accidents, this.deaths, this.injuries);
	}

	public Counts previous() {
		return new Counts(this.prevAccidents, this.prevDeaths, this.prevInjuries);
	}

	/** Field-by-field text for the audit trail. */
	public Map<String, String> snapshot() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("period", this.periodType + " " + this.periodNo + "/" + this.periodYear);
		fields.put("window", this.periodStart + ".." + this.periodEnd);
		fields.put("current", this.accidents + "/" + this.deaths + "/" + this.injuries);
		fields.put("previous", this.prevAccidents + "/" + this.prevDeaths + "/" + this.prevInjuries);
		fields.put("severity", this.especiallySerious + "/" + this.verySerious + "/" + this.serious);
		fields.put("drinkDriving", this.drinkDriving == null ? null : String.valueOf(this.drinkDriving));
		fields.put("commercialTransport",
				this.commercialTransport == null ? null : String.valueOf(this.commercialTransport));
		fields.put("previousSource", this.prevSource == null ? null : this.prevSource.name());
		fields.put("previousReason", this.prevReason);
		fields.put("note", this.note);
		return fields;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public PeriodType getPeriodType() {
		return this.periodType;
	}

	public int getPeriodYear() {
		return this.periodYear;
	}

	public int getPeriodNo() {
		return this.periodNo;
	}

}
