package vn.atgt.thidua.document;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import vn.atgt.thidua.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The office opens the 2024 plan, finds the PDF and DOCX downloads, and the public page offers the PDF. */
class DocumentJourneyIT extends BrowserTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void officeDownloadsThe2024PlanAndTheyMatchTheSeed() throws Exception {
		signIn("vanphong", "Demo@2024");
		open("/plans");
		find(By.partialLinkText("năm 2024")).click();
		String pdfHref = find(By.id("download-pdf")).getAttribute("href");
		String docxHref = find(By.id("download-docx")).getAttribute("href");
		screenshot("document-plan-page-with-downloads");
		Cookie session = driver.manage().getCookieNamed("SESSION");

		HttpResponse<byte[]> pdf = get(pdfHref, session);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(RenderedDocuments.pdfText(pdf.body())).contains("Số: 12/KH-BATGT", "KẾ HOẠCH",
				"Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2024", "KT. TRƯỞNG BAN",
				"Dương Công Vĩ", "Lưu: VT");

		HttpResponse<byte[]> docx = get(docxHref, session);
		assertThat(docx.statusCode()).isEqualTo(200);
		assertThat(RenderedDocuments.docxText(RenderedDocuments.docx(docx.body()))).contains("Dương Công Vĩ");

		String planPath = URI.create(pdfHref).getPath().replace("/document.pdf", "");
		driver.manage().deleteAllCookies();
		open("/public" + planPath);
		String publicPdf = find(By.id("download-pdf")).getAttribute("href");
		screenshot("document-public-plan");
		HttpResponse<byte[]> anonymous = get(publicPdf, null);
		assertThat(anonymous.statusCode()).isEqualTo(200);
		assertThat(RenderedDocuments.pdfText(anonymous.body())).contains("Độc lập - Tự do - Hạnh phúc");
	}

	private HttpResponse<byte[]> get(String url, Cookie session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		if (session != null) {
			request.header("Cookie", session.getName() + "=" + session.getValue());
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
