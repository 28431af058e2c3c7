package vn.atgt.thidua.statistics.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.spreadsheet.RowBinder;
import vn.atgt.thidua.shared.spreadsheet.Spreadsheet;
import vn.atgt.thidua.shared.storage.Upload;
import vn.atgt.thidua.shared.storage.UploadRefusedException;
import vn.atgt.thidua.shared.web.Flash;
import vn.atgt.thidua.statistics.DuplicateFiguresException;
import vn.atgt.thidua.statistics.FiguresData;
import vn.atgt.thidua.statistics.FiguresWorkbook;
import vn.atgt.thidua.statistics.StatisticsService;

/** The .xlsx template of province-wide figures and its import: all rows or none, an error per bad row. */
@Controller
@RequestMapping("/statistics")
@PreAuthorize("hasAnyRole('OFFICE','AGENCY')")
class FiguresImportController {

	static final String PAGE = "statistics/import";

	private final StatisticsService statistics;

	private final MessageSource messages;

	private final FiguresImporter importer;

	FiguresImportController(StatisticsService statistics, MessageSource messages, FiguresImporter importer) {
		this.statistics = statistics;
		this.messages = messages;
		this.importer = importer;
	}

	@GetMapping("/template.xlsx")
	void template(CurrentUser user, HttpServletResponse response) throws IOException {
		this.statistics.requireEditor(user);
		Spreadsheet.send(response, "mau-so-lieu-tngt", sheet -> FiguresWorkbook.writeTemplate(sheet,
				key -> this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale())));
	}

	@GetMapping("/import")
	String form(CurrentUser user) {
		this.statistics.requireEditor(user);
		return PAGE;
	}

	@PostMapping("/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		this.statistics.requireEditor(user);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "stats.import.error.noFile");
			return PAGE;
		}
		RowBinder.Result<FiguresData> result;
		try {
			result = this.importer.read(Upload.of(file), locale);
		}
		catch (UploadRefusedException ex) {
			model.addAttribute("fileError", ex.messageKey());
			return PAGE;
		}
		catch (RuntimeException ex) {
			model.addAttribute("fileError", "stats.import.error.notXlsx");
			return PAGE;
		}
		if (result.rows().isEmpty() && result.errors().isEmpty()) {
			model.addAttribute("fileError", "stats.import.error.empty");
			return PAGE;
		}
		if (!result.ok()) {
			model.addAttribute("rowErrors", result.errors());
			return PAGE;
		}
		try {
			int count = this.statistics.importProvinceFigures(result.rows().stream().map(RowBinder.Bound::form).toList(),
					user);
			Flash.success(redirect, "stats.import.flash", count);
		}
		catch (DuplicateFiguresException ex) {
			model.addAttribute("fileError", "stats.import.error.duplicate");
			return PAGE;
		}
		return "redirect:/statistics";
	}

}
