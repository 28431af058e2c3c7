package vn.atgt.thidua.agency;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.context.ApplicationEventPublisher;

import vn.atgt.thidua.agency.AgencyEvents.AgenciesImported;
import vn.atgt.thidua.agency.AgencyEvents.AgencyChanged;
import vn.atgt.thidua.agency.AgencyEvents.AgencyRegistered;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.FieldChange;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.text.Texts;
import vn.atgt.thidua.shared.domain.NotFoundException;

/** The office's agency registry: search, create, edit, and import from the .xlsx template (all rows or none). */
@Service
@Transactional
public class AgencyService {

	static final String RECORD = "Agency";

	private final AgencyRepository agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgencyService(AgencyRepository agencies, ApplicationEventPublisher events, Clock clock) {
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<AgencyRow> list(String query, Pageable pageable) {
		String folded = Texts.fold(query);
		if (folded.isEmpty()) {
			return this.agencies.findRows(pageable);
		}
		String escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return this.agencies.searchRows("%" + escaped + "%", pageable);
	}

	@Transactional(readOnly = true)
	public AgencyRow row(Long id) {
		Agency a = load(id);
		return new AgencyRow(a.getId(), a.getVersion(), a.getName(), a.getShortName(), a.getKind(), a.getValidFrom(),
				a.getValidTo(), a.getContactEmail(), a.isActive(), a.getParentId(), a.getPredecessorId(),
				a.getSuccessorId());
	}

	@Transactional(readOnly = true)
	public boolean nameTaken(String name, Long exceptId) {
		return this.agencies.findByNameIgnoreCase(name).filter(a -> !a.getId().equals(exceptId)).isPresent();
	}

	public Long create(AgencyDetails details, CurrentUser by) {
		Agency agency = new Agency(details.name(), details.shortName(), details.kind());
		apply(agency, details);
		agency = this.agencies.save(agency);
		this.agencies.flush();
		this.events.publishEvent(new AgencyRegistered(agency.getId(), agency.getName(), false, Actor.of(by),
				this.clock.instant()));
		return agency.getId();
	}

	public void update(Long id, long version, AgencyDetails details, CurrentUser by) {
		Agency agency = load(id);
		agency.requireVersion(version);
		Map<String, String> before = snapshot(agency);
		agency.rename(details.name(), details.shortName());
		apply(agency, details);
		this.agencies.flush();
		this.events.publishEvent(new AgencyChanged(id, agency.getName(), FieldChange.between(before, snapshot(agency)),
				Actor.of(by), this.clock.instant()));
	}

	/** Creates the agencies of an import whose every row has passed the agency form's checks. */
	public void importAgencies(List<AgencyDetails> rows, CurrentUser by) {
		for (AgencyDetails details : rows) {
			Agency agency = new Agency(details.name(), details.shortName(), details.kind());
			apply(agency, details);
			agency = this.agencies.save(agency);
			this.events.publishEvent(new AgencyRegistered(agency.getId(), agency.getName(), true, Actor.of(by),
					this.clock.instant()));
		}
		this.agencies.flush();
		this.events.publishEvent(new AgenciesImported(rows.size(), Actor.of(by), this.clock.instant()));
	}

	private void apply(Agency agency, AgencyDetails d) {
		agency.classify(d.kind(), d.parentId(), agency.hasArea());
		agency.validBetween(d.validFrom(), d.validTo());
		agency.linkHistory(d.predecessorId(), d.successorId());
		agency.contactAt(d.contactEmail());
		agency.activate(d.active());
	}

	private static Map<String, String> snapshot(Agency a) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", a.getName());
		fields.put("shortName", a.getShortName());
		fields.put("kind", String.valueOf(a.getKind()));
		fields.put("parentId", String.valueOf(a.getParentId()));
		fields.put("validFrom", String.valueOf(a.getValidFrom()));
		fields.put("validTo", String.valueOf(a.getValidTo()));
		fields.put("predecessorId", String.valueOf(a.getPredecessorId()));
		fields.put("successorId", String.valueOf(a.getSuccessorId()));
		fields.put("contactEmail", a.getContactEmail());
		fields.put("active", String.valueOf(a.isActive()));
		return fields;
	}

	private Agency load(Long id) {
		return this.agencies.findById(id).orElseThrow(() -> new NotFoundException(RECORD, id));
	}

}
