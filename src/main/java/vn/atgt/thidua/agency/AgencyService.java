package vn.atgt.thidua.agency;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

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

	private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

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

	/**
	 * Imports agencies from the template (name, short name, kind, e-mail, valid from, valid to). Every row is
	 * checked first; if any is refused nothing is imported and the refusals are returned.
	 */
	public List<AgencyImportRow> importXlsx(InputStream xlsx, CurrentUser by) throws IOException {
		List<AgencyImportRow> errors = new ArrayList<>();
		List<AgencyDetails> valid = new ArrayList<>();
		Set<String> names = new HashSet<>(this.agencies.findAllLowerNames());
		try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx)) {
			Sheet sheet = workbook.getFirstSheet();
			for (Row row : sheet.read()) {
				int number = row.getRowNum();
				if (number == 1 || isEmpty(row)) {
					continue;
				}
				String name = Texts.clean(cell(row, 0));
				String kindText = Texts.clean(cell(row, 2));
				String email = Texts.clean(cell(row, 3));
				AgencyKind kind = kindOf(kindText);
				LocalDate from = null;
				LocalDate to = null;
				int before = errors.size();
				if (name == null) {
					errors.add(new AgencyImportRow(number, "agency.import.error.nameRequired", ""));
				}
				else if (name.length() > 300 || !names.add(name.toLowerCase(Locale.ROOT))) {
					errors.add(new AgencyImportRow(number, "agency.import.error.duplicate", name));
				}
				if (kind == null) {
					errors.add(new AgencyImportRow(number, "agency.import.error.kind", Objects.toString(kindText, "")));
				}
				if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
					errors.add(new AgencyImportRow(number, "agency.import.error.email", email));
				}
				try {
					from = date(row, 4);
					to = date(row, 5);
					if (from != null && to != null && from.isAfter(to)) {
						errors.add(new AgencyImportRow(number, "agency.import.error.dateOrder", cell(row, 4)));
					}
				}
				catch (DateTimeParseException ex) {
					errors.add(new AgencyImportRow(number, "agency.import.error.date", ex.getParsedString()));
				}
				if (errors.size() == before) {
					valid.add(new AgencyDetails(name, Texts.clean(cell(row, 1)), kind, null, from, to, null, null,
							email, to == null));
				}
			}
		}
		if (valid.isEmpty() && errors.isEmpty()) {
			errors.add(new AgencyImportRow(0, "agency.import.error.empty", ""));
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		for (AgencyDetails details : valid) {
			Agency agency = new Agency(details.name(), details.shortName(), details.kind());
			apply(agency, details);
			agency = this.agencies.save(agency);
			this.events.publishEvent(new AgencyRegistered(agency.getId(), agency.getName(), true, Actor.of(by),
					this.clock.instant()));
		}
		this.agencies.flush();
		this.events.publishEvent(new AgenciesImported(valid.size(), Actor.of(by), this.clock.instant()));
		return List.of();
	}

	private static boolean isEmpty(Row row) {
		for (int i = 0; i < 6; i++) {
			if (Texts.clean(cell(row, i)) != null) {
				return false;
			}
		}
		return true;
	}

	private static String cell(Row row, int index) {
		if (index >= row.getCellCount() || row.getCell(index) == null) {
			return null;
		}
		return row.getCellText(index);
	}

	private static LocalDate date(Row row, int index) {
		if (index >= row.getCellCount() || row.getCell(index) == null) {
			return null;
		}
		if (row.getCell(index).getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
			return row.getCellAsDate(index).map(LocalDateTime::toLocalDate).orElse(null);
		}
		String text = Texts.clean(row.getCellText(index));
		return text == null ? null : LocalDate.parse(text, VN_DATE);
	}

	private static AgencyKind kindOf(String text) {
		if (text == null) {
			return null;
		}
		for (AgencyKind kind : AgencyKind.values()) {
			if (kind.name().equalsIgnoreCase(text)) {
				return kind;
			}
		}
		return null;
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
