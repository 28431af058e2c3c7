package vn.atgt.thidua.shared.storage;

import vn.atgt.thidua.shared.security.CurrentUser;

/**
 * A stored file was handed to a user; the audit module records it in the same transaction.
 * {@code action} is the audit action ("subplan.attachment.download"), the record is the file's owner.
 */
public record FileDownloaded(CurrentUser by, String action, String recordType, Long recordId, String fileName) {
}
