package vn.atgt.thidua.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.shared.security.Role;

/** A new account as the office or an administrator fills it in. */
public class AccountForm {

	@NotBlank
	@Pattern(regexp = "[a-z0-9._-]{3,50}", message = "{account.validation.username}")
	private String username;

	@NotBlank
	@Size(max = 200)
	private String fullName;

	@Email
	@Size(max = 320)
	private String email;

	@NotNull
	private Role role;

	private Long agencyId;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

}
