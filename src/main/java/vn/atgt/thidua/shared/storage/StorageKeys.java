package vn.atgt.thidua.shared.storage;

import java.util.UUID;

/** Storage keys: random hex made by the server, never derived from anything the client sent. */
final class StorageKeys {

	private StorageKeys() {
	}

	static String next() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	// older keys carry UUID dashes; anything else is refused before it reaches a path or a query
	static String require(String key) {
		if (key == null || !key.matches("[0-9a-f-]{32,36}")) {
			throw new IllegalArgumentException("bad storage key");
		}
		return key;
	}

}
