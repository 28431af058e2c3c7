/** The start page: what each role has to do now. May read from every module; no module depends on it. */
package vn.atgt.thidua.home;
