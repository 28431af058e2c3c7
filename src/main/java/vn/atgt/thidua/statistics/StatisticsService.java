package vn.atgt.thidua.statistics;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.agency.AgencyKind;
import org.springframework.context.ApplicationEventPublisher;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.statistics.StatisticsEvents.FiguresCorrected;
import vn.atgt.thidua.statistics.StatisticsEvents.FiguresRecorded;
import vn.atgt.thidua.shared.events.FieldChange;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.domain.NotFoundException;

/**
 * Use cases of province-wide accident figures: the office, or a user of the provincial police, enters or imports
 * them; everyone signed in with access reads them. Every change publishes an event that the audit trail records after commit.
 */
@Service
@Transactional
public class StatisticsService {

	static final String RECORD = "AccidentFigures";

	private final AccidentFiguresRepository figures;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StatisticsService(AccidentFiguresRepository figures, AgencyDirectory agencies, ApplicationEventPublisher events,
			Clock clock) {
		this.figures = figures;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	/** The office, or a user of the provincial police (agency kind POLICE). */
	@Transactional(readOnly = true)
	public boolean mayEnterProvinceFigures(CurrentUser user) {
		return user.isOffice() || (user.isAgencyScoped() && this.agencies.kindOf(user.agencyId()) == AgencyKind.POLICE);
	}

	/** Province-wide figures are no secret: every signed-in user may read them. */
	@Transactional(readOnly = true)
	public Page<FiguresRow> provinceFigures(Pageable pageable) {
		return this.figures.findProvinceRows(pageable);
	}

	/** Refuses (403) a user who may not enter province-wide figures. */
	@Transactional(readOnly = true)
	public void requireEditor(CurrentUser user) {
		if (!mayEnterProvinceFigures(user)) {
			throw new AccessDeniedException("stats.error.notAllowed");
		}
	}

	@Transactional(readOnly = true)
	public boolean hasAnyFigures() {
		return this.figures.count() > 0;
	}

	@Transactional(readOnly = true)
	public List<FiguresRow> allProvinceFigures() {
		return this.figures.findAllProvinceRows();
	}

	@Transactional(readOnly = true)
	public AccidentFigures provinceFiguresForEdit(Long id, CurrentUser user) {
		requireEditor(user);
		AccidentFigures found = this.figures.findById(id).orElseThrow(() -> new NotFoundException(RECORD, id));
		if (found.getAgencyId() != null) {
			throw new NotFoundException(RECORD, id);
		}
		return found;
	}

	public Long recordProvinceFigures(FiguresData data, CurrentUser by) {
		requireEditor(by);
		requireFree(data, null);
		AccidentFigures saved = this.figures.save(AccidentFigures.record(null, data, storedPrevious(data).orElse(null),
				by.displayName(), this.clock.instant()));
		flush();
		this.events.publishEvent(new FiguresRecorded(saved.getId(), summary(data), Actor.of(by), this.clock.instant()));
		return saved.getId();
	}

	public void correctProvinceFigures(Long id, long version, FiguresData data, CurrentUser by) {
		AccidentFigures found = provinceFiguresForEdit(id, by);
		found.requireVersion(version);
		requireFree(data, id);
		Map<String, String> before = found.snapshot();
		found.correct(data, storedPrevious(data).orElse(null), by.displayName(), this.clock.instant());
		flush();
		List<FieldChange> changes = FieldChange.between(before, found.snapshot());
		this.events.publishEvent(new FiguresCorrected(id, summary(data), changes, Actor.of(by), this.clock.instant()));
	}

	/** Imports all rows or none: the caller has validated every row; a duplicate still rolls everything back. */
	public int importProvinceFigures(List<FiguresData> rows, CurrentUser by) {
		requireEditor(by);
		for (FiguresData data : rows) {
			recordProvinceFigures(data, by);
		}
		return rows.size();
	}

	/**
	 * The stored province figures of the same period of the previous year (what the form prefills and compares the
	 * "same period last year" figures with), if any.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Counts> storedPrevious(FiguresData data) {
		return storedPrevious(data.periodType(), data.periodYear(), normalisedNo(data));
	}

	@Transactional(readOnly = true)
	public java.util.Optional<Counts> storedPrevious(PeriodType type, int year, int no) {
		return this.figures.findProvinceRow(type, year - 1, type.isNumbered() ? no : 0).map(FiguresRow::current);
	}

	@Transactional(readOnly = true)
	public boolean exists(FiguresData data) {
		return this.figures.existsProvinceFigures(data.periodType(), data.periodYear(), normalisedNo(data), -1L);
	}

	private void requireFree(FiguresData data, Long exceptId) {
		if (this.figures.existsProvinceFigures(data.periodType(), data.periodYear(), normalisedNo(data),
				exceptId == null ? -1L : exceptId)) {
			throw new DuplicateFiguresException();
		}
	}

	private void flush() {
		try {
			this.figures.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new DuplicateFiguresException();
		}
	}

	private static int normalisedNo(FiguresData data) {
		return data.periodType().isNumbered() ? data.periodNo() : 0;
	}

	private static String summary(FiguresData d) {
		return d.periodType() + " " + (d.periodType().isNumbered() ? d.periodNo() + "/" : "") + d.periodYear() + ": "
				+ d.current().accidents() + "/" + d.current().deaths() + "/" + d.current().injuries();
	}

}
