/** Member agencies of the committee, time-versioned across the 2025 reforms. */
package vn.atgt.thidua.agency;
