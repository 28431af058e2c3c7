package vn.atgt.thidua.account.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.atgt.thidua.account.QrCode;
import vn.atgt.thidua.account.SecondFactorService;
import vn.atgt.thidua.account.SecondFactorService.Check;
import vn.atgt.thidua.account.SecondFactorService.Enrolment;
import vn.atgt.thidua.shared.security.AccountPrincipal;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.security.SecondFactor;

/**
 * The second step of a sign-in: a TOTP or recovery code, or — for an account without an authenticator — enrolment
 * with a QR code. Reached with the password alone; every other signed-in page waits for it when required.
 */
@Controller
@RequestMapping(SecondFactor.PAGE)
class SecondFactorController {

	static final String PENDING_SECRET = SecondFactorController.class.getName() + ".secret";

	private static final int MAX_CODE = 20;

	private final SecondFactorService secondFactor;

	private final SecondFactor policy;

	private final SignedInSession signedIn;

	SecondFactorController(SecondFactorService secondFactor, SecondFactor policy, SignedInSession signedIn) {
		this.secondFactor = secondFactor;
		this.policy = policy;
		this.signedIn = signedIn;
	}

	@GetMapping
	String codeForm(CurrentUser user) {
		AccountPrincipal principal = SignedInSession.principal();
		if (!principal.totpEnrolled()) {
			return "redirect:" + SecondFactor.PAGE + "/enrol";
		}
		return SecondFactor.satisfiedBy(SecurityContextHolder.getContext().getAuthentication()) ? "redirect:/"
				: "account/totp";
	}

	@PostMapping
	String verify(@RequestParam(defaultValue = "") String code, CurrentUser user, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		AccountPrincipal principal = SignedInSession.principal();
		if (!principal.totpEnrolled()) {
			return "redirect:" + SecondFactor.PAGE + "/enrol";
		}
		Check check = this.secondFactor.verify(user, cut(code), request.getRemoteAddr());
		if (!check.accepted()) {
			model.addAttribute(check.waitMinutes() > 0 ? "throttledMinutes" : "codeRejected",
					check.waitMinutes() > 0 ? check.waitMinutes() : true);
			return "account/totp";
		}
		this.signedIn.grantSecondFactor(principal, request, response);
		return "redirect:/";
	}

	@GetMapping("/enrol")
	String enrolForm(CurrentUser user, HttpSession session, Model model) {
		if (SignedInSession.principal().totpEnrolled()) {
			return "redirect:" + SecondFactor.PAGE;
		}
		return enrolPage(user, session, model);
	}

	@PostMapping("/enrol")
	String enrol(@RequestParam(defaultValue = "") String code, CurrentUser user, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		HttpSession session = request.getSession();
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null || SignedInSession.principal().totpEnrolled()) {
			return "redirect:" + SecondFactor.PAGE;
		}
		List<String> recoveryCodes = this.secondFactor.enrol(user, secret, cut(code));
		if (recoveryCodes.isEmpty()) {
			model.addAttribute("codeRejected", true);
			return enrolPage(user, session, model);
		}
		session.removeAttribute(PENDING_SECRET);
		this.signedIn.grantSecondFactor(SignedInSession.principal().with(
				SignedInSession.principal().mustChangePassword(), true), request, response);
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("recoveryCodes", recoveryCodes);
		return "account/recovery-codes";
	}

	/** The QR code of the secret being enrolled, as an SVG image (never inline in the page, never cached). */
	@GetMapping(value = "/enrol/qr.svg")
	ResponseEntity<String> qr(CurrentUser user, HttpSession session) {
		if (SignedInSession.principal().totpEnrolled()) {
			return ResponseEntity.notFound().build();
		}
		// the image may arrive before the page has stored its secret: whichever comes first offers it
		Enrolment enrolment = this.secondFactor.offer(user, (String) session.getAttribute(PENDING_SECRET));
		session.setAttribute(PENDING_SECRET, enrolment.secret());
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noStore())
			.body(QrCode.svg(enrolment.uri()));
	}

	private String enrolPage(CurrentUser user, HttpSession session, Model model) {
		Enrolment enrolment = this.secondFactor.offer(user, (String) session.getAttribute(PENDING_SECRET));
		session.setAttribute(PENDING_SECRET, enrolment.secret());
		model.addAttribute("secret", enrolment.secret().replaceAll("(.{4})", "$1 ").strip());
		model.addAttribute("required", this.policy.requiredFor(user.roles()));
		return "account/totp-enrol";
	}

	private static String cut(String code) {
		return code.length() > MAX_CODE ? code.substring(0, MAX_CODE) : code;
	}

}
