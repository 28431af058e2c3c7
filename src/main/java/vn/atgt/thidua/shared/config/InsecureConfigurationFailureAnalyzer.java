package vn.atgt.thidua.shared.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the missing or unsafe production settings as a clear start-up failure, without a stack trace. */
class InsecureConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InsecureConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InsecureConfigurationException cause) {
		String description = "Ứng dụng không khởi động vì cấu hình production chưa đủ hoặc không an toàn:\n  - "
				+ String.join("\n  - ", cause.problems());
		String action = "Đặt các biến môi trường SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, "
				+ "SPRING_DATASOURCE_PASSWORD và (lần khởi động đầu tiên) APP_ADMIN_USERNAME, APP_ADMIN_PASSWORD "
				+ "với mật khẩu mạnh. Xem README, mục Production.";
		return new FailureAnalysis(description, action, cause);
	}

}
