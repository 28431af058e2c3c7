/** User accounts, sign-in, lockout and the first administrator of a production installation. */
@ApplicationModule(displayName = "Accounts")
package vn.atgt.thidua.account;

import org.springframework.modulith.ApplicationModule;
