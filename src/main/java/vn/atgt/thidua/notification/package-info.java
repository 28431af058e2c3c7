/** In-app notifications, the e-mail outbox and its sender, and reminders before and after each deadline. */
@ApplicationModule(displayName = "Notifications")
package vn.atgt.thidua.notification;

import org.springframework.modulith.ApplicationModule;
