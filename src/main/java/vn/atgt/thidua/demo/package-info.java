/** Demo data for the default run, taken from the seed documents; never loaded in production. */
@ApplicationModule(displayName = "Demo data")
package vn.atgt.thidua.demo;

import org.springframework.modulith.ApplicationModule;
