package vn.atgt.thidua.report;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.agency.AgencyDirectory;
import org.springframework.context.ApplicationEventPublisher;

import vn.atgt.thidua.report.FieldworkEvents.InspectionRecorded;
import vn.atgt.thidua.report.FieldworkEvents.ModelRecorded;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.domain.NotFoundException;

/**
 * Use cases of inspections (recorded by the office; an agency sees its own) and exemplary models (recorded by the
 * office or by an agency for itself; the office marks those worth spreading). Agency users get 404 for other
 * agencies' records. Every change is audited in the same transaction.
 */
@Service
@Transactional
public class FieldworkService {

	/** An inspection's detail with the inspected agency's name. */
	public record InspectionView(Inspection inspection, String agencyName) {
	}

	/** A model's detail with its agency's name. */
	public record ModelView(ExemplaryModel model, String agencyName) {
	}

	private final InspectionRepository inspections;

	private final ExemplaryModelRepository models;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FieldworkService(InspectionRepository inspections, ExemplaryModelRepository models, AgencyDirectory agencies,
			ApplicationEventPublisher events, Clock clock) {
		this.inspections = inspections;
		this.models = models;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	public Long recordInspection(Long agencyId, LocalDate on, String team, String scope, String findings,
			String recommendations, CurrentUser by) {
		return recordInspection(agencyId, on, team, scope, findings, recommendations, null, by);
	}

	/**
	 * Records an inspection once per form: a repeated or concurrent POST with the same {@code creationToken}
	 * answers the inspection it already created (a racing insert fails on the token's unique index and is
	 * answered by the caller retrying, see {@code CreateOnce}).
	 */
	public Long recordInspection(Long agencyId, LocalDate on, String team, String scope, String findings,
			String recommendations, java.util.UUID creationToken, CurrentUser by) {
		requireOffice(by);
		java.util.Optional<Long> existing = creationToken == null ? java.util.Optional.empty()
				: this.inspections.findIdByCreationToken(creationToken);
		if (existing.isPresent()) {
			return existing.get();
		}
		requireAgencyExists(agencyId);
		Inspection created = new Inspection(agencyId, on, team, scope, findings, recommendations, by.displayName(),
				this.clock.instant());
		created.createdByForm(creationToken);
		Inspection saved = this.inspections.saveAndFlush(created);
		this.events.publishEvent(new InspectionRecorded(saved.getId(), agencyId, on + " " + team, Actor.of(by),
				this.clock.instant()));
		return saved.getId();
	}

	@Transactional(readOnly = true)
	public Page<FieldworkRows.InspectionRow> inspections(CurrentUser user, Pageable pageable) {
		return this.inspections.findRows(user.agencyFilter(), pageable);
	}

	@Transactional(readOnly = true)
	public InspectionView inspection(Long id, CurrentUser user) {
		Inspection found = this.inspections.findById(id).orElseThrow(() -> new NotFoundException("Inspection", id));
		user.requireAgency(found.getAgencyId(), "Inspection", id);
		return new InspectionView(found, this.agencies.nameOf(found.getAgencyId()));
	}

	/** The office records a model of any agency; an agency user only of their own agency. */
	public Long recordModel(Long agencyId, String subject, String achievement, String reason, String evidence,
			CurrentUser by) {
		return recordModel(agencyId, subject, achievement, reason, evidence, null, by);
	}

	/** Records an exemplary model once per form, like {@link #recordInspection}. */
	public Long recordModel(Long agencyId, String subject, String achievement, String reason, String evidence,
			java.util.UUID creationToken, CurrentUser by) {
		Long owner = by.isAgencyScoped() ? by.agencyId() : agencyId;
		if (!by.isOffice() && !by.isAgencyScoped()) {
			throw new AccessDeniedException("model.error.notAllowed");
		}
		java.util.Optional<Long> existing = creationToken == null ? java.util.Optional.empty()
				: this.models.findIdByCreationToken(creationToken);
		if (existing.isPresent()) {
			return existing.get();
		}
		requireAgencyExists(owner);
		ExemplaryModel created = new ExemplaryModel(owner, subject, achievement, reason, evidence, by.displayName(),
				this.clock.instant());
		created.createdByForm(creationToken);
		ExemplaryModel saved = this.models.saveAndFlush(created);
		this.events.publishEvent(new ModelRecorded(saved.getId(), owner, subject, Actor.of(by), this.clock.instant()));
		return saved.getId();
	}

	public void markWorthSpreading(Long id, long version, boolean spread, CurrentUser by) {
		requireOffice(by);
		ExemplaryModel model = this.models.findById(id).orElseThrow(() -> new NotFoundException("ExemplaryModel", id));
		model.requireVersion(version);
		if (spread) {
			model.markWorthSpreading(Actor.of(by), this.clock.instant());
		}
		else {
			model.unmarkWorthSpreading(Actor.of(by), this.clock.instant());
		}
		this.models.saveAndFlush(model);
	}

	@Transactional(readOnly = true)
	public Page<FieldworkRows.ModelRow> models(CurrentUser user, Pageable pageable) {
		return this.models.findRows(user.agencyFilter(), pageable);
	}

	@Transactional(readOnly = true)
	public Page<FieldworkRows.ModelRow> publicModels(Pageable pageable) {
		return this.models.findSpreadingRows(pageable);
	}

	@Transactional(readOnly = true)
	public ModelView model(Long id, CurrentUser user) {
		ExemplaryModel found = this.models.findById(id).orElseThrow(() -> new NotFoundException("ExemplaryModel", id));
		user.requireAgency(found.getAgencyId(), "ExemplaryModel", id);
		return new ModelView(found, this.agencies.nameOf(found.getAgencyId()));
	}

	private void requireAgencyExists(Long agencyId) {
		if (agencyId == null || this.agencies.nameOf(agencyId) == null) {
			throw new IllegalArgumentException("unknown agency");
		}
	}

	private static void requireOffice(CurrentUser user) {
		if (!user.isOffice()) {
			throw new AccessDeniedException("office only");
		}
	}

}
