package vn.atgt.thidua.subplan.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.atgt.thidua.document.DocumentFormat;
import vn.atgt.thidua.document.Documents;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.domain.NotFoundException;
import vn.atgt.thidua.subplan.SubPlanDocuments;
import vn.atgt.thidua.subplan.SubPlanService;
import vn.atgt.thidua.subplan.SubPlanView;

/** A sub-plan as a PDF or DOCX "KẾ HOẠCH", for whoever may read its page (another agency gets 404). */
@Controller
class SubPlanDocumentController {

	private final SubPlanService subPlans;

	private final SubPlanDocuments subPlanDocuments;

	private final PlanService plans;

	private final Documents documents;

	SubPlanDocumentController(SubPlanService subPlans, SubPlanDocuments subPlanDocuments, PlanService plans,
			Documents documents) {
		this.subPlans = subPlans;
		this.subPlanDocuments = subPlanDocuments;
		this.plans = plans;
		this.documents = documents;
	}

	@GetMapping("/plans/{planId}/subplan/document.pdf")
	@PreAuthorize("hasRole('AGENCY')")
	ResponseEntity<byte[]> ownPdf(@PathVariable Long planId, CurrentUser user) {
		return download(own(planId, user), DocumentFormat.PDF);
	}

	@GetMapping("/plans/{planId}/subplan/document.docx")
	@PreAuthorize("hasRole('AGENCY')")
	ResponseEntity<byte[]> ownDocx(@PathVariable Long planId, CurrentUser user) {
		return download(own(planId, user), DocumentFormat.DOCX);
	}

	@GetMapping("/plans/{planId}/subplans/{id}/document.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long planId, @PathVariable Long id, CurrentUser user) {
		return download(this.subPlans.view(planId, id, user), DocumentFormat.PDF);
	}

	@GetMapping("/plans/{planId}/subplans/{id}/document.docx")
	ResponseEntity<byte[]> docx(@PathVariable Long planId, @PathVariable Long id, CurrentUser user) {
		return download(this.subPlans.view(planId, id, user), DocumentFormat.DOCX);
	}

	private SubPlanView own(Long planId, CurrentUser user) {
		SubPlanView view = this.subPlans.own(planId, user);
		if (!view.exists()) {
			throw new NotFoundException("SubPlan", planId);
		}
		return view;
	}

	private ResponseEntity<byte[]> download(SubPlanView view, DocumentFormat format) {
		var plan = this.plans.publicView(view.planId());
		return this.documents.download(this.subPlanDocuments.document(view, plan.issueDate()), format,
				SubPlanDocuments.fileName(view));
	}

}
