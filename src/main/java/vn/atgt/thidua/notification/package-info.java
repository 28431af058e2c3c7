/** In-app notifications, the e-mail outbox and its sender, and reminders before and after each deadline. */
package vn.atgt.thidua.notification;
