/** The start page: what each role has to do now. May read from every module; no module depends on it. */
@ApplicationModule(displayName = "Home")
package vn.atgt.thidua.home;

import org.springframework.modulith.ApplicationModule;
