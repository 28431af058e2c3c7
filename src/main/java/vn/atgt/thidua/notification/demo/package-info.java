/** Demo-profile stand-ins that let reminders be watched before the submission modules exist. */
package vn.atgt.thidua.notification.demo;
