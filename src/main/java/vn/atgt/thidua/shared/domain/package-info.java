/**
 * What aggregates of every module share, with no web and no persistence-provider type: the domain exceptions
 * (not found, invalid state, conflict) that the web layer maps to pages, and the versioned aggregate base.
 */
package vn.atgt.thidua.shared.domain;
