package vn.atgt.thidua.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.atgt.thidua.shared.security.AccountPrincipal;
import vn.atgt.thidua.shared.security.Htmx;
import vn.atgt.thidua.shared.security.SecondFactor;

/** Sends a user signed in with a temporary password to the password change page before anything else. */
@Configuration(proxyBeanMethods = false)
class MustChangePasswordInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	static final String PASSWORD_PAGE = "/account/password";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.excludePathPatterns(PASSWORD_PAGE, "/logout", "/login", SecondFactor.PAGE, SecondFactor.PAGE + "/**",
					"/error", "/webjars/**", "/assets/**", "/favicon.ico", "/public/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& principal.mustChangePassword()) {
			// a fragment (the navbar badge) gets nothing: a redirect would swap the password page into the navbar,
			// and an HX-Redirect would reload the password page, whose badge asks again, without end
			if (Htmx.isFragmentRequest(request)) {
				response.setStatus(HttpServletResponse.SC_NO_CONTENT);
				return false;
			}
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			return false;
		}
		return true;
	}

}
