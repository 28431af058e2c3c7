package vn.atgt.thidua.document.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.atgt.thidua.document.DocumentFormat;
import vn.atgt.thidua.document.Documents;
import vn.atgt.thidua.document.PlanDocuments;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.shared.security.CurrentUser;

/** The plan as a PDF or DOCX file: for whoever may read the plan page, and the PDF of a published plan for anyone. */
@Controller
class PlanDocumentController {

	private final PlanService plans;

	private final PlanDocuments planDocuments;

	private final Documents documents;

	PlanDocumentController(PlanService plans, PlanDocuments planDocuments, Documents documents) {
		this.plans = plans;
		this.planDocuments = planDocuments;
		this.documents = documents;
	}

	@GetMapping("/plans/{id}/document.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, CurrentUser user) {
		return download(this.plans.view(id, user), DocumentFormat.PDF);
	}

	@GetMapping("/plans/{id}/document.docx")
	ResponseEntity<byte[]> docx(@PathVariable Long id, CurrentUser user) {
		return download(this.plans.view(id, user), DocumentFormat.DOCX);
	}

	@GetMapping("/public/plans/{id}/document.pdf")
	ResponseEntity<byte[]> publicPdf(@PathVariable Long id) {
		return download(this.plans.publicView(id), DocumentFormat.PDF);
	}

	private ResponseEntity<byte[]> download(PlanView plan, DocumentFormat format) {
		return this.documents.download(this.planDocuments.plan(plan), format, PlanDocuments.fileName(plan));
	}

}
