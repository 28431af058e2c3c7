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
import vn.atgt.thidua.nomination.SubjectType;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.spreadsheet.Spreadsheet;
import vn.atgt.thidua.shared.web.Flash;

/** The agency's nominee list from the .xlsx template: download the template, import it (all rows or none). */
@Controller
@RequestMapping("/nominations/{id}/nominees")
@PreAuthorize("hasRole('AGENCY')")
class NomineeImportController {

	private final NomineeImport imports;

	private final DossierService dossiers;

	private final MessageSource messages;

	NomineeImportController(NomineeImport imports, DossierService dossiers, MessageSource messages) {
		this.imports = imports;
		this.dossiers = dossiers;
		this.messages = messages;
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
			CurrentUser user, RedirectAttributes redirect) throws IOException {
		List<NomineeImport.RowError> errors = this.imports.importXlsx(id, version, file.getBytes(), user);
		if (errors.isEmpty()) {
			Flash.success(redirect, "nomination.import.done");
		}
		else {
			Flash.warning(redirect, "nomination.import.failed", errors.size());
			redirect.addFlashAttribute("importErrors", errors);
		}
		return "redirect:/nominations/" + id;
	}

}
