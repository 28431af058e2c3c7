/** User accounts, sign-in, lockout and the first administrator of a production installation. */
package vn.atgt.thidua.account;
