/** Demo dossiers for the 2024 plan, in several states. */
package vn.atgt.thidua.nomination.demo;
