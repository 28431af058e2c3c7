/** Demo accident figures loaded with the demo profile. */
package vn.atgt.thidua.statistics.demo;
