/** Obligations exported as iCalendar with reminders on working days and as an XLSX tracking sheet. */
package vn.vanban4j.rules.export;
