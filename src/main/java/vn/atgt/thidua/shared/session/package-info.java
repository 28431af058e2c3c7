/** HTTP sessions kept in PostgreSQL so that every instance sees them: the session registry and the absolute lifetime. */
package vn.atgt.thidua.shared.session;
