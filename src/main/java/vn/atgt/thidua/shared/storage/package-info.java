/** Where uploaded files live: a small storage interface with a file-system implementation. */
package vn.atgt.thidua.shared.storage;
