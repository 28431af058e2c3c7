/**
 * Uploaded files: the one check of an upload (type from the bytes, size, decompression bombs, the name rule), the
 * {@code StoredFile} value kept in its owner's row, and the {@code FileStorage} behind it (PostgreSQL by default,
 * the local disk for a single server), with downloads that are always attachments and always audited.
 */
package vn.atgt.thidua.shared.storage;
