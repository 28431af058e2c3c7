/** Demo data for the default run, taken from the seed documents; never loaded in production. */
package vn.atgt.thidua.demo;
