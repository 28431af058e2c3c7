package vn.atgt.thidua.account;

/**
 * A row of the accounts list with what the signed-in user may do to it: the list offers only these, and the
 * service refuses the rest anyway.
 */
public record AccountListItem(AccountRow account, boolean mayToggle, boolean mayReset, boolean mayChangeRole,
		boolean mayResetSecondFactor) {
}
