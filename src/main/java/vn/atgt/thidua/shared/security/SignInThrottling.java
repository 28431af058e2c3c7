package vn.atgt.thidua.shared.security;

/** Asked before a password is checked: how many minutes this name and address must wait, 0 when none. */
public interface SignInThrottling {

	long minutesToWait(String username, String address);

}
