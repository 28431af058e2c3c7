package vn.atgt.thidua.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import vn.atgt.thidua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages are rendered whole before the first byte goes out. With the plain fragment layout (ADR 0181) Thymeleaf would
 * otherwise stream the page as it renders it: a failure met half-way (the database gone while the login form's CSRF
 * token is read from the session store) then leaves a committed half page with a 500 instead of the error or "try
 * again" page — the OutageFilter can only answer for a response that has not been committed
 * ({@code DatabaseOutageTests} is the journey that met it).
 */
@IntegrationTest
class WholePageRenderingTests {

	@Autowired
	ThymeleafViewResolver views;

	@Test
	void thePageIsBufferedUntilItIsWhole() {
		assertThat(this.views.getProducePartialOutputWhileProcessing()).isFalse();
	}

}
