/** Demo year-end reports for the 2024 plan (profile demo). */
package vn.atgt.thidua.report.demo;
