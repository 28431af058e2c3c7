/** Pages of the award nominations: dossiers, the office inbox, reviews, submissions, decisions, public awards. */
package vn.atgt.thidua.nomination.web;
