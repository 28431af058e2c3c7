package vn.atgt.thidua.shared.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

import vn.atgt.thidua.shared.web.OutageAwareFailureHandler;

/**
 * Who may reach what. URL rules only separate public from signed-in pages; which role may do what is declared on
 * each controller ({@code @PreAuthorize}), and record-level scoping is done by services through {@link CurrentUser}.
 * Accounts that need a second factor reach no signed-in page before their TOTP code is accepted (Spring
 * Security's multi-factor authorization, ADR 0131).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecondFactor.class)
public class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String LOGIN = "/login";

	static final String SESSION_ENDED = LOGIN + "?expired";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
			ObjectProvider<SignInThrottling> throttlingProvider, SecondFactor secondFactor) throws Exception {
		// a web slice test imports this configuration without the account module: then nothing is throttled
		SignInThrottling throttling = throttlingProvider.getIfAvailable(() -> (username, address) -> 0);
		AuthorizationManager<Object> signedIn = authorizationManagerFactory(secondFactor).authenticated();
		AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
		http.authorizeHttpRequests(requests -> requests
			// the start page is public for visitors, but a signed-in user's dashboard waits for the second factor
			.requestMatchers("/")
			.access((authentication, context) -> trust.isAnonymous(authentication.get())
					? new AuthorizationDecision(true) : signedIn.authorize(authentication, context))
			.requestMatchers(LOGIN, "/public/**", "/webjars/**", "/assets/**",
					"/favicon.ico", "/error", "/actuator/health")
			.permitAll()
			// the second-factor pages are reached with the password alone: not through the multi-factor factory
			.requestMatchers(SecondFactor.PAGE, SecondFactor.PAGE + "/**")
			.access(AuthenticatedAuthorizationManager.authenticated())
			.anyRequest()
			.authenticated());
		http.formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/", true)
			.failureHandler(new OutageAwareFailureHandler(new SimpleUrlAuthenticationFailureHandler(LOGIN + "?error"))));
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN + "?logout").deleteCookies("JSESSIONID"));
		http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInEntryPoint())
			.defaultDeniedHandlerForMissingAuthority(secondFactorEntryPoint(), SecondFactor.TOTP_AUTHORITY));
		http.addFilterBefore(new HtmxRedirectFilter(), SecurityContextHolderFilter.class);
		http.addFilterBefore(new SignInThrottleFilter(throttling), UsernamePasswordAuthenticationFilter.class);
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
			.maximumSessions(-1)
			.sessionRegistry(sessionRegistry)
			.expiredSessionStrategy(sessionEnded()));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.deny())
			// sent on every HTTPS request (in production behind the proxy, X-Forwarded-Proto: https)
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
		return http.build();
	}

	/**
	 * Every signed-in page needs the TOTP factor when {@link SecondFactor} says the account must use one; for
	 * other accounts the password alone still suffices.
	 */
	@Bean
	AuthorizationManagerFactory<Object> authorizationManagerFactory(SecondFactor secondFactor) {
		return AuthorizationManagerFactories.multiFactor()
			.requireFactors(SecondFactor.TOTP_AUTHORITY)
			.when(secondFactor::requiredFor)
			.build();
	}

	/**
	 * Disabled accounts are refused only after the password check, so an unknown name, a wrong password and a
	 * disabled account take the same time and get the same answer (Spring hashes a dummy password for unknown
	 * names).
	 */
	@Bean
	DaoAuthenticationProvider authenticationProvider(ObjectProvider<UserDetailsService> users,
			PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users.getIfAvailable(() -> username -> {
			throw new UsernameNotFoundException("no accounts in this context");
		}));
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks(user -> {
		});
		provider.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("disabled");
			}
		});
		return provider;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	// a page asks to sign in (saying so when the session has ended); a fragment gets 401 and navigates the page
	private static AuthenticationEntryPoint signInEntryPoint() {
		return (request, response, exception) -> {
			boolean ended = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
			send(request, response, ended ? SESSION_ENDED : LOGIN, HttpServletResponse.SC_UNAUTHORIZED);
		};
	}

	// a fragment asked for before the code gets 403 and nothing else: the code page itself shows a badge too
	private static AuthenticationEntryPoint secondFactorEntryPoint() {
		return (request, response, exception) -> {
			if (Htmx.isFragmentRequest(request)) {
				response.setStatus(HttpServletResponse.SC_FORBIDDEN);
				return;
			}
			response.sendRedirect(request.getContextPath() + SecondFactor.PAGE);
		};
	}

	// a session ended elsewhere (password change, account disabled): the sign-in page says so in Vietnamese
	private static SessionInformationExpiredStrategy sessionEnded() {
		return event -> send(event.getRequest(), event.getResponse(), SESSION_ENDED,
				HttpServletResponse.SC_UNAUTHORIZED);
	}

	private static void send(HttpServletRequest request, HttpServletResponse response, String path, int fragmentStatus)
			throws IOException {
		String location = request.getContextPath() + path;
		if (Htmx.isFragmentRequest(request)) {
			response.setHeader(Htmx.REDIRECT, location);
			response.setStatus(fragmentStatus);
			return;
		}
		response.sendRedirect(location);
	}

}
