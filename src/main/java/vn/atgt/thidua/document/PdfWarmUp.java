package vn.atgt.thidua.document;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders one small document in the background once the application is ready. The PDF library discovers fonts on
 * first use (about 6–10 s); without this, the first user to download a PDF would wait for it.
 */
@Component
@ConditionalOnProperty(name = "app.documents.warm-up", havingValue = "true", matchIfMissing = true)
class PdfWarmUp {

	private static final Logger log = LoggerFactory.getLogger(PdfWarmUp.class);

	private final PdfRenderer renderer;

	PdfWarmUp(PdfRenderer renderer) {
		this.renderer = renderer;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread thread = new Thread(this::renderSample, "pdf-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	private void renderSample() {
		long start = System.nanoTime();
		try {
			this.renderer.render(AdminDocument.builder()
				.letterhead("UBND TỈNH", "BAN AN TOÀN GIAO THÔNG")
				.number("1/KH-BATGT")
				.placeAndDate("Lạng Sơn", LocalDate.of(2024, 1, 1))
				.type("KẾ HOẠCH", "Khởi động")
				.paragraph("Tiếng Việt có dấu.")
				.build());
			log.info("PDF renderer ready in {} ms", (System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.warn("PDF warm-up failed: {}", ex.getMessage());
		}
	}

}
