/** Member agencies of the committee, time-versioned across the 2025 reforms. */
@ApplicationModule(displayName = "Agencies")
package vn.atgt.thidua.agency;

import org.springframework.modulith.ApplicationModule;
