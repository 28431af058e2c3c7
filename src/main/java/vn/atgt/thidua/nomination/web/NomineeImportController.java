package vn.atgt.thidua.nomination.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.nomination.AwardForm;
import vn.atgt.thidua.nomination.DossierService;
import vn.atgt.thidua.nomination.NomineeImport;
import vn.atgt.thidua.nomination.Sex;
import vn.atgt.thidua.nomination.SubjectType;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.spreadsheet.RowBinder;
import vn.atgt.thidua.shared.spreadsheet.SheetReader;
import vn.atgt.thidua.shared.spreadsheet.Spreadsheet;
import vn.atgt.thidua.shared.storage.Upload;
import vn.atgt.thidua.shared.storage.UploadRefusedException;
import vn.atgt.thidua.shared.text.Texts;
import vn.atgt.thidua.shared.web.Flash;

/** The agency's nominee list from the .xlsx template: download the template, import it (all rows or none). */
@Controller
@RequestMapping("/nominations/{id}/nominees")
@PreAuthorize("hasRole('AGENCY')")
class NomineeImportController {

	private final NomineeImport imports;

	private final DossierService dossiers;

	private final MessageSource messages;

	private final jakarta.validation.Validator beanValidation;

	private final NomineeFormValidator nomineeValidator;

	NomineeImportController(NomineeImport imports, DossierService dossiers, MessageSource messages,
			jakarta.validation.Validator beanValidation, NomineeFormValidator nomineeValidator) {
		this.imports = imports;
		this.dossiers = dossiers;
		this.messages = messages;
		this.beanValidation = beanValidation;
		this.nomineeValidator = nomineeValidator;
	}

	/** The empty template: the header row, and a second sheet with the award form codes. */
	@GetMapping("/template.xlsx")
	void template(@PathVariable Long id, CurrentUser user, Locale locale, HttpServletResponse response)
			throws IOException {
		this.dossiers.view(id, user);
		List<String> headers = Stream.of("type", "name", "sex", "position", "unit", "awardForm", "achievement",
				"certify").map(c -> t("nomination.import.col." + c, locale)).toList();
		List<Spreadsheet.Column<AwardForm>> codes = List.of(
				new Spreadsheet.Column<>(t("nomination.import.col.awardForm", locale), AwardForm::getCode),
				new Spreadsheet.Column<>(t("nomination.export.awardForm", locale), AwardForm::getName),
				new Spreadsheet.Column<>(t("nomination.import.col.type", locale), form -> appliesTo(form, locale)));
		Spreadsheet.send(response, "mau-danh-sach-de-nghi-khen-thuong", sheet -> sheet
			.table("Danh sach", headers, List.of())
			.sheet("Hinh thuc", codes, this.dossiers.activeAwardForms()));
	}

	private String appliesTo(AwardForm form, Locale locale) {
		boolean collective = form.appliesTo(SubjectType.COLLECTIVE);
		boolean individual = form.appliesTo(SubjectType.INDIVIDUAL);
		return t("nomination.import.appliesTo." + (collective && individual ? "both" : collective ? "collective"
				: "individual"), locale);
	}

	private String t(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	@PostMapping("/import")
	String importList(@PathVariable Long id, @RequestParam long version, @RequestParam MultipartFile file,
			CurrentUser user, Locale locale, RedirectAttributes redirect) {
		this.dossiers.view(id, user); // another agency's dossier is 404 before its file is even read
		List<RowBinder.RowError> errors = importRows(id, version, Upload.of(file), user, locale);
		if (errors.isEmpty()) {
			Flash.success(redirect, "nomination.import.done");
		}
		else {
			Flash.warning(redirect, "nomination.import.failed", errors.size());
			redirect.addFlashAttribute("importErrors", errors);
		}
		return "redirect:/nominations/" + id;
	}

	// each row goes through the nominee form and its validators, exactly as one nominee typed on the dossier page
	private List<RowBinder.RowError> importRows(Long id, long version, Upload upload, CurrentUser user, Locale locale) {
		List<SheetReader.SheetRow> sheet;
		try {
			sheet = SheetReader.read(upload, 8);
		}
		catch (UploadRefusedException ex) {
			return List.of(new RowBinder.RowError(0, t(ex.messageKey(), locale)));
		}
		catch (RuntimeException ex) {
			return List.of(new RowBinder.RowError(0, t("nomination.import.error.notXlsx", locale)));
		}
		if (sheet.isEmpty()) {
			return List.of(new RowBinder.RowError(0, t("nomination.import.error.empty", locale)));
		}
		List<AwardForm> forms = this.dossiers.activeAwardForms();
		RowBinder<NomineeForm> binder = new RowBinder<>(() -> {
			NomineeForm form = new NomineeForm();
			form.setVersion(version);
			return form;
		}, List.of(new RowBinder.Column("subjectType", t("nomination.import.col.type", locale), NomineeImportController::subjectType),
				new RowBinder.Column("name", t("nomination.import.col.name", locale)),
				new RowBinder.Column("sex", t("nomination.import.col.sex", locale), NomineeImportController::sex),
				new RowBinder.Column("positionTitle", t("nomination.import.col.position", locale)),
				new RowBinder.Column("unit", t("nomination.import.col.unit", locale)),
				new RowBinder.Column("awardFormId", t("nomination.import.col.awardForm", locale), cell -> awardForm(cell, forms)),
				new RowBinder.Column("achievement", t("nomination.import.col.achievement", locale)),
				new RowBinder.Column("needsCertification", t("nomination.import.col.certify", locale),
						cell -> "co".equals(Texts.fold(cell == null ? null : cell.toString())))),
				this.beanValidation, List.of(this.nomineeValidator), this.messages, locale);
		RowBinder.Result<NomineeForm> bound = binder.bind(sheet);
		List<RowBinder.RowError> errors = new java.util.ArrayList<>(bound.errors());
		bound.rows().stream()
			.filter(r -> forms.stream().noneMatch(f -> f.getId().equals(r.form().getAwardFormId())
					&& f.appliesTo(r.form().getSubjectType())))
			.forEach(r -> errors.add(binder.error(r.row(), "awardFormId", "nomination.import.refused.awardForm")));
		if (!errors.isEmpty()) {
			errors.sort(java.util.Comparator.comparingInt(RowBinder.RowError::row));
			return errors;
		}
		List<NomineeImport.Row> rows = bound.rows().stream()
			.map(r -> new NomineeImport.Row(r.row(), r.form().toSpec())).toList();
		return this.imports.importRows(id, version, rows, user).stream()
			.map(r -> binder.error(r.row(), r.property(), r.messageKey()))
			.toList();
	}

	private static final Long NO_FORM = -1L;

	private static Object subjectType(Object cell) {
		return switch (Texts.fold(cell == null ? null : cell.toString())) {
			case "tap the", "collective" -> SubjectType.COLLECTIVE.name();
			case "ca nhan", "individual" -> SubjectType.INDIVIDUAL.name();
			default -> cell;
		};
	}

	private static Object sex(Object cell) {
		return switch (Texts.fold(cell == null ? null : cell.toString())) {
			case "nam" -> Sex.NAM.name();
			case "nu" -> Sex.NU.name();
			default -> cell;
		};
	}

	// the template names the award form by its code (or its full name); an unknown one is no form (refused above)
	private static Object awardForm(Object cell, List<AwardForm> forms) {
		if (cell == null) {
			return null;
		}
		String text = cell.toString();
		return forms.stream()
			.filter(f -> f.getCode().equalsIgnoreCase(text) || Texts.fold(f.getName()).equals(Texts.fold(text)))
			.findFirst().map(AwardForm::getId).orElse(NO_FORM);
	}

}
