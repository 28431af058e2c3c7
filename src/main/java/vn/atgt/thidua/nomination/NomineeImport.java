package vn.atgt.thidua.nomination;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.audit.AuditLog;
import vn.atgt.thidua.audit.FieldChange;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.text.Texts;

/**
 * The nominee list of a dossier imported from the .xlsx template: every row is checked first (type, name, the
 * individual's sex, position and unit, award form code, achievement, duplicates); one bad row and nothing is
 * imported, each bad row is reported.
 */
@Service
@Transactional
public class NomineeImport {

	/** Column order of the template (first sheet, header in row 1). */
	static final int TYPE = 0, NAME = 1, SEX = 2, POSITION = 3, UNIT = 4, FORM = 5, ACHIEVEMENT = 6, CERTIFY = 7;

	/** A refused row: row number in the sheet, message key (arguments: row, value), the offending value. */
	public record RowError(int row, String key, String value) implements java.io.Serializable { // a flash attribute
	}

	private final DossierService dossiers;

	private final DossierRepository repository;

	private final AwardFormRepository awardForms;

	private final AuditLog audit;

	private final Clock clock;

	NomineeImport(DossierService dossiers, DossierRepository repository, AwardFormRepository awardForms,
			AuditLog audit, Clock clock) {
		this.dossiers = dossiers;
		this.repository = repository;
		this.awardForms = awardForms;
		this.audit = audit;
		this.clock = clock;
	}

	/** Imports the rows into the agency's own editable dossier; returns the refusals (empty: all imported). */
	public List<RowError> importXlsx(Long id, long version, byte[] xlsx, CurrentUser user) {
		Dossier dossier = this.dossiers.loadForAgency(id, user);
		dossier.requireVersion(version);
		if (xlsx.length < 4 || xlsx[0] != 'P' || xlsx[1] != 'K' || xlsx[2] != 3 || xlsx[3] != 4) {
			return List.of(new RowError(0, "nomination.import.error.notXlsx", ""));
		}
		List<AwardForm> forms = this.awardForms.findAllByOrderByPositionAscIdAsc();
		List<RowError> errors = new ArrayList<>();
		List<NomineeSpec> specs = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		dossier.getNominees().forEach(n -> keys.add(n.key()));
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getFirstSheet().read()) {
				if (row.getRowNum() == 1 || blank(row)) {
					continue;
				}
				int before = errors.size();
				NomineeSpec spec = spec(row, forms, errors);
				if (errors.size() == before && !keys.add(Nominee.key(spec.subjectType(), spec.name()))) {
					errors.add(new RowError(row.getRowNum(), "nomination.import.error.duplicate", spec.name()));
				}
				if (errors.size() == before) {
					specs.add(spec);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return List.of(new RowError(0, "nomination.import.error.notXlsx", ""));
		}
		if (specs.isEmpty() && errors.isEmpty()) {
			errors.add(new RowError(0, "nomination.import.error.empty", ""));
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		for (NomineeSpec spec : specs) {
			AwardForm form = forms.stream().filter(f -> f.getId().equals(spec.awardFormId())).findFirst().orElseThrow();
			dossier.addNominee(spec, form, this.clock.instant());
			this.audit.record(user, "nomination.nominee.add", DossierService.RECORD, id, spec.name(), List.of(
					new FieldChange("nominee", null, spec.subjectType() + " " + spec.name() + " / " + form.getName())));
		}
		this.repository.flush();
		return List.of();
	}

	private static NomineeSpec spec(Row row, List<AwardForm> forms, List<RowError> errors) {
		int n = row.getRowNum();
		String typeText = cell(row, TYPE);
		SubjectType type = switch (Texts.fold(typeText)) {
			case "tap the", "collective" -> SubjectType.COLLECTIVE;
			case "ca nhan", "individual" -> SubjectType.INDIVIDUAL;
			default -> null;
		};
		if (type == null) {
			errors.add(new RowError(n, "nomination.import.error.subjectType", nz(typeText)));
		}
		String name = cell(row, NAME);
		if (name == null || name.length() > 300) {
			errors.add(new RowError(n, "nomination.import.error.name", nz(name)));
		}
		String sexText = cell(row, SEX);
		Sex sex = switch (Texts.fold(sexText)) {
			case "nam" -> Sex.NAM;
			case "nu" -> Sex.NU;
			default -> null;
		};
		String position = cell(row, POSITION);
		String unit = cell(row, UNIT);
		if (type == SubjectType.INDIVIDUAL && (sex == null || position == null || unit == null)) {
			errors.add(new RowError(n, "nomination.import.error.individual", nz(name)));
		}
		if ((position != null && position.length() > 200) || (unit != null && unit.length() > 300)) {
			errors.add(new RowError(n, "nomination.import.error.tooLong", nz(name)));
		}
		String code = cell(row, FORM);
		AwardForm form = forms.stream()
			.filter(f -> f.isActive() && (f.getCode().equalsIgnoreCase(nz(code)) || Texts.fold(f.getName()).equals(Texts.fold(code))))
			.findFirst().orElse(null);
		if (form == null || (type != null && !form.appliesTo(type))) {
			errors.add(new RowError(n, "nomination.import.error.awardForm", nz(code)));
		}
		String achievement = cell(row, ACHIEVEMENT);
		if (achievement == null || achievement.length() > 5000) {
			errors.add(new RowError(n, "nomination.import.error.achievement", nz(name)));
		}
		boolean certify = Texts.fold(cell(row, CERTIFY)).equals("co");
		return new NomineeSpec(type, name, type == SubjectType.INDIVIDUAL ? sex : null, position, unit,
				form == null ? null : form.getId(), achievement, certify, false);
	}

	private static boolean blank(Row row) {
		for (int i = 0; i <= CERTIFY; i++) {
			if (cell(row, i) != null) {
				return false;
			}
		}
		return true;
	}

	private static String cell(Row row, int index) {
		if (index >= row.getCellCount() || row.getCell(index) == null) {
			return null;
		}
		String text = Texts.clean(row.getCellText(index));
		// a cell the template wrote with a leading ' to neutralise a formula is read back without it
		return text != null && text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0
				? text.substring(1) : text;
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

}
