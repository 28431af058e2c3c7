package vn.atgt.thidua.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time recovery code of an account's second factor, kept only as its SHA-256 hash. */
@Entity
@Table(name = "mfa_recovery_code")
class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long accountId;

	private String codeHash;

	private Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(Long accountId, String codeHash) {
		this.accountId = accountId;
		this.codeHash = codeHash;
	}

	Instant getUsedAt() {
		return this.usedAt;
	}

}
