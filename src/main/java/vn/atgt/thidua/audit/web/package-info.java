/** The audit log's search page and its Excel export. */
package vn.atgt.thidua.audit.web;
