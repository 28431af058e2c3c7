/**
 * The developer run ({@code ./mvnw spring-boot:run}: embedded PostgreSQL under {@code ./data}, demo data) and the
 * demo-data loader of the scripts; test sources only, so the production jar has neither (ADR 0120).
 */
package vn.atgt.thidua.dev;
