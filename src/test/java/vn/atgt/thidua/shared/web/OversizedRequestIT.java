package vn.atgt.thidua.shared.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.atgt.thidua.support.TestSupportConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads too large for the application, sent to the real Tomcat the way a browser sends them (the whole body,
 * no {@code Expect: 100-continue}): every size gets the Vietnamese 413 page, never a reset connection nor Tomcat's
 * English page. Shares the browser journeys' application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureEmbeddedDatabase(type = DatabaseType.POSTGRES, provider = DatabaseProvider.ZONKY)
@ActiveProfiles({ "test", "demo" })
@Import(TestSupportConfiguration.class)
class OversizedRequestIT {

	static final String BOUNDARY = "----thidua413";

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} MiB")
	@ValueSource(ints = { 31, 65, 200 })
	void everyOversizedUploadGetsTheVietnamesePage(int mebibytes) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		List<byte[]> parts = new ArrayList<>();
		parts.add(head);
		byte[] block = new byte[1024 * 1024];
		for (int i = 0; i < mebibytes; i++) {
			parts.add(block);
		}
		parts.add(tail);
		long length = head.length + (long) mebibytes * block.length + tail.length;
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/plans/1/subplan/attachments"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArrays(parts), length))
			.build();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("id=\"upload-too-large\"", "Tệp quá lớn", "tối đa 20 MB")
			.doesNotContain("Payload Too Large", "Whitelabel");
	}

}
