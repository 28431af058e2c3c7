package vn.atgt.thidua.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;

/** An upload over the multipart limit goes back to its page with a Vietnamese message instead of an error page. */
class OversizedUploadTests {

	@Test
	void redirectsToThePageOfTheFormWithAMessage() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/plans/5/subplan/attachments");
		request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
		request.setAttribute(DispatcherServlet.FLASH_MAP_MANAGER_ATTRIBUTE, new SessionFlashMapManager());
		String view = new GlobalControllerAdvice().uploadTooLarge(new MaxUploadSizeExceededException(20L << 20), request);
		assertThat(view).isEqualTo("redirect:/plans/5/subplan");
		Flash flash = (Flash) ((FlashMap) request.getAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE)).get("flash");
		assertThat(flash.key()).isEqualTo("common.upload.tooLarge");
	}

}
