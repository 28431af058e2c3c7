/** Demo sub-plans: seed 001 as the 2021 plan of the Department of Information and Communications, and a 2024 board. */
package vn.atgt.thidua.subplan.demo;
