package vn.atgt.thidua.nomination;

/** A checked, stored upload: its sanitised name, type from the bytes, size, SHA-256 and storage key. */
public record StoredUpload(String originalName, String contentType, long size, String sha256, String storageKey) {
}
