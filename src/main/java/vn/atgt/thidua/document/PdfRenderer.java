package vn.atgt.thidua.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders an {@link AdminDocument} to PDF: a Thymeleaf XHTML template ({@code document/admin-document.html}) laid out
 * by openhtmltopdf on A4 with the Decree 30 margins, Liberation Serif (metric-compatible with Times New Roman,
 * shipped in the jar) embedded under the family "Times New Roman", page numbers centred at the top from page 2.
 */
@Component
public class PdfRenderer {

	static final String FAMILY = "Times New Roman";

	private static final Map<String, byte[]> FONTS = Map.of(
			"Regular", font("Regular"), "Bold", font("Bold"), "Italic", font("Italic"), "BoldItalic", font("BoldItalic"));

	/** Font metrics survive between documents (thread-safe store); parsing them is most of a small document's time. */
	private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

	private final TemplateEngine templates;

	public PdfRenderer() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("document/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		this.templates = engine;
	}

	/** The document as a PDF file. */
	public byte[] render(AdminDocument document) {
		String xhtml = xhtml(document);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
			builder.useFont(() -> stream("Regular"), FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> stream("Bold"), FAMILY, 700, FontStyle.NORMAL, true);
			builder.useFont(() -> stream("Italic"), FAMILY, 400, FontStyle.ITALIC, true);
			builder.useFont(() -> stream("BoldItalic"), FAMILY, 700, FontStyle.ITALIC, true);
			builder.withHtmlContent(xhtml, "classpath:/document/");
			builder.withProducer("thidua-atgt");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The XHTML the PDF is laid out from (also handy to debug the layout in a browser). */
	String xhtml(AdminDocument document) {
		Context context = new Context();
		context.setVariable("doc", document);
		context.setVariable("texts", Map.of("nationalName", DocumentTexts.get("document.nationalName"), "motto",
				DocumentTexts.get("document.motto"), "recipients", DocumentTexts.get("document.recipients"), "to",
				DocumentTexts.get("document.to")));
		return this.templates.process("admin-document", context);
	}

	private static InputStream stream(String face) {
		return new ByteArrayInputStream(FONTS.get(face));
	}

	private static byte[] font(String face) {
		String path = "/liberation/LiberationSerif-" + face + ".ttf";
		try (InputStream in = PdfRenderer.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("font missing from the classpath: " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
