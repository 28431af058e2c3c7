package vn.atgt.thidua.shared.storage;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The response for a stored file: always an attachment (never shown inline, never as HTML) with a clean RFC 5987
 * name, the content type of an accepted type (anything else goes as octet-stream), streamed from the storage.
 */
public final class FileResponses {

	private FileResponses() {
	}

	public static ResponseEntity<Resource> attachment(StoredFiles.Download download) {
		StoredFile file = download.file();
		FileType type = file.type();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(file.name()))
			.header("X-Content-Type-Options", "nosniff")
			.contentType(type == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(type.contentType()))
			.contentLength(file.size())
			.body(new InputStreamResource(download.content()));
	}

}
