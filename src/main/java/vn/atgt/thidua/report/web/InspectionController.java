package vn.atgt.thidua.report.web;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.shared.web.CreateOnce;
import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.report.FieldworkService;
import vn.atgt.thidua.report.ReportAttachment.OwnerType;
import vn.atgt.thidua.report.ReportAttachments;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** Inspections: the office records them; an agency reads its own. */
@Controller
@RequestMapping("/inspections")
@PreAuthorize("hasAnyRole('OFFICE','AGENCY')")
class InspectionController {

	private final FieldworkService fieldwork;

	private final AgencyDirectory agencies;

	private final ReportAttachments attachments;

	private final java.time.Clock clock;

	InspectionController(FieldworkService fieldwork, AgencyDirectory agencies, ReportAttachments attachments,
			java.time.Clock clock) {
		this.clock = clock;
		this.fieldwork = fieldwork;
		this.agencies = agencies;
		this.attachments = attachments;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		model.addAttribute("inspections", this.fieldwork.inspections(user, PageRequest.of(Math.max(page, 0), 20)));
		return "report/inspections";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, CurrentUser user, Model model) {
		model.addAttribute("view", this.fieldwork.inspection(id, user));
		model.addAttribute("attachments", this.attachments.of(OwnerType.INSPECTION, id));
		return "report/inspection";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('OFFICE')")
	String initCreationForm(Model model) {
		model.addAttribute("inspectionForm", new InspectionForm());
		model.addAttribute("agencies", this.agencies.options());
		return "report/inspection-form";
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('OFFICE')")
	String processCreationForm(@Valid InspectionForm inspectionForm, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		// an inspection is recorded after it took place (issue 14.5)
		if (inspectionForm.getInspectedOn() != null && !result.hasFieldErrors("inspectedOn")
				&& inspectionForm.getInspectedOn().isAfter(vn.atgt.thidua.shared.time.VnDates.today(this.clock))) {
			result.rejectValue("inspectedOn", "inspection.validation.inFuture");
		}
		if (result.hasErrors()) {
			model.addAttribute("agencies", this.agencies.options());
			return "report/inspection-form";
		}
		Long id = CreateOnce.run(() -> this.fieldwork.recordInspection(inspectionForm.getAgencyId(),
				inspectionForm.getInspectedOn(), inspectionForm.getTeam(), inspectionForm.getScope(),
				inspectionForm.getFindings(), inspectionForm.getRecommendations(), inspectionForm.getCreationToken(),
				user));
		Flash.success(redirect, "inspection.flash.recorded");
		return "redirect:/inspections/" + id;
	}

}
