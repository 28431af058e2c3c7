package vn.atgt.thidua.shared.config;

import java.util.List;

/** Production settings that are missing or unsafe; the application does not start. */
public class InsecureConfigurationException extends RuntimeException {

	private final List<String> problems;

	public InsecureConfigurationException(List<String> problems) {
		super("Cấu hình production không an toàn hoặc thiếu (unsafe or missing production settings): "
				+ String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
