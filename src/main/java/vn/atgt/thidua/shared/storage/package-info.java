/** Where uploaded files live: a storage interface (file system by default) and the check of a file's type by its bytes. */
package vn.atgt.thidua.shared.storage;
