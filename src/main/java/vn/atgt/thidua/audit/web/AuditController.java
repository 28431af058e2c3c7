package vn.atgt.thidua.audit.web;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.agency.AgencyOption;
import vn.atgt.thidua.audit.AuditExcel;
import vn.atgt.thidua.audit.AuditFilter;
import vn.atgt.thidua.audit.AuditLog;
import vn.atgt.thidua.audit.AuditRow;
import vn.atgt.thidua.audit.AuditSearch;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.spreadsheet.Spreadsheet;
import vn.atgt.thidua.shared.time.VnDates;

/** The office and the administrator search the whole audit log and export what they found. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('OFFICE', 'ADMIN')")
class AuditController {

	private final AuditSearch search;

	private final AuditExcel excel;

	private final AuditLog audit;

	private final AgencyDirectory agencies;

	private final Clock clock;

	AuditController(AuditSearch search, AuditExcel excel, AuditLog audit, AgencyDirectory agencies, Clock clock) {
		this.search = search;
		this.excel = excel;
		this.audit = audit;
		this.agencies = agencies;
		this.clock = clock;
	}

	@ModelAttribute("agencies")
	java.util.List<AgencyOption> agencies() {
		return this.agencies.options();
	}

	@ModelAttribute("plans")
	java.util.List<AuditRow.PlanRef> plans() {
		return this.search.plans();
	}

	@ModelAttribute("recordTypes")
	java.util.List<String> recordTypes() {
		return AuditTexts.RECORD_TYPES;
	}

	@GetMapping
	String search(@Valid @ModelAttribute("filter") AuditSearchForm filter, BindingResult result,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Page<AuditRow> events = result.hasErrors() ? new PageImpl<>(java.util.List.of())
				: this.search.search(filter.toFilter(), PageRequest.of(Math.max(page, 0), 50));
		model.addAttribute("events", events);
		model.addAttribute("totalIsLowerBound", AuditSearch.isLowerBound(events));
		return "audit/search";
	}

	@GetMapping("/export")
	void export(@Valid @ModelAttribute("filter") AuditSearchForm filter, BindingResult result, CurrentUser user,
			HttpServletResponse response) throws IOException {
		AuditFilter criteria = result.hasErrors() ? AuditFilter.none() : filter.toFilter();
		var rows = this.search.export(criteria);
		this.audit.record(user, "audit.export", null, null, criteria.toString(), null);
		Spreadsheet.send(response, "nhat-ky-" + VnDates.today(this.clock),
				sheet -> this.excel.write(rows, LocaleContextHolder.getLocale(), sheet));
	}

}
