/** Pages of notifications, the outbox and reminders. */
package vn.atgt.thidua.notification.web;
