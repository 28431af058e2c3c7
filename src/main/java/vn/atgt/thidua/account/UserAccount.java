package vn.atgt.thidua.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.security.Role;

/** A person who signs in. An AGENCY account belongs to exactly one agency. */
@Entity
@Table(name = "user_account")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String username;

	private String fullName;

	private String email;

	private String passwordHash;

	private Long agencyId;

	private boolean enabled = true;

	private boolean mustChangePassword;

	private Instant lastLoginAt;

	private String totpSecret;

	private Instant totpEnrolledAt;

	private Long totpLastStep;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new HashSet<>();

	protected UserAccount() {
	}

	public UserAccount(String username, String fullName, String email, String passwordHash, Set<Role> roles,
			Long agencyId) {
		if (roles.contains(Role.AGENCY) && agencyId == null) {
			throw new IllegalArgumentException("An agency account needs its agency");
		}
		this.username = username;
		this.fullName = fullName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
		this.agencyId = agencyId;
	}

	public CurrentUser toCurrentUser() {
		return new CurrentUser(this.id, this.username, this.fullName, this.agencyId, Set.copyOf(this.roles));
	}

	public void recordSuccessfulLogin(Instant now) {
		this.lastLoginAt = now;
	}

	/**
	 * Records the TOTP secret the user has just proved to hold (a code computed from it was accepted), as
	 * {@link TotpSecretCipher} sealed it: the entity never holds the secret in clear.
	 */
	public void enrolTotp(String secret, long acceptedStep, Instant now) {
		this.totpSecret = secret;
		this.totpEnrolledAt = now;
		this.totpLastStep = acceptedStep;
	}

	/** An administrator's reset after a lost device: the next sign-in enrols again (when the role requires it). */
	public void resetTotp() {
		this.totpSecret = null;
		this.totpEnrolledAt = null;
		this.totpLastStep = null;
	}

	public boolean hasTotp() {
		return this.totpSecret != null;
	}

	/** Accepts a verified code's time step once: a step at or before the last accepted one is a replay. */
	public boolean acceptTotpStep(long step) {
		if (this.totpLastStep != null && step <= this.totpLastStep) {
			return false;
		}
		this.totpLastStep = step;
		return true;
	}

	public void changePassword(String newHash, boolean temporary) {
		this.passwordHash = newHash;
		this.mustChangePassword = temporary;
	}

	public void enable(boolean enabled) {
		this.enabled = enabled;
	}

	public void update(String fullName, String email, Set<Role> roles, Long agencyId) {
		if (roles.contains(Role.AGENCY) && agencyId == null) {
			throw new IllegalArgumentException("An agency account needs its agency");
		}
		this.fullName = fullName;
		this.email = email;
		this.roles.clear();
		this.roles.addAll(roles);
		this.agencyId = agencyId;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getUsername() {
		return this.username;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public String getTotpSecret() {
		return this.totpSecret;
	}

	public Instant getTotpEnrolledAt() {
		return this.totpEnrolledAt;
	}

	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

}
