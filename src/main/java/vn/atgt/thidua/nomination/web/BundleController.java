package vn.atgt.thidua.nomination.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.atgt.thidua.nomination.SubmissionBundle;
import vn.atgt.thidua.shared.security.CurrentUser;

/** The digital dossier bundle (hồ sơ số) of a consolidated submission, streamed as one ZIP, for the office. */
@Controller
@PreAuthorize("hasRole('OFFICE')")
class BundleController {

	private final SubmissionBundle bundles;

	BundleController(SubmissionBundle bundles) {
		this.bundles = bundles;
	}

	@GetMapping("/nominations/submissions/{id}/bundle.zip")
	void bundle(@PathVariable Long id, CurrentUser user, HttpServletResponse response) throws IOException {
		String fileName = this.bundles.fileName(id);
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
		response.setHeader("X-Content-Type-Options", "nosniff");
		this.bundles.write(id, user, response.getOutputStream());
	}

}
