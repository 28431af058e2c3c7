package vn.atgt.thidua.shared.security;

/** The four roles of the system (design §2). */
public enum Role {

	OFFICE, AGENCY, REVIEWER, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
