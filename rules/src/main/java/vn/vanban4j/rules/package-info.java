/** Time and duty: the Vietnamese working and lunar calendars, time phrases, due dates under the Civil Code ({@link vn.vanban4j.rules.DeadlineRules}), obligations ({@link vn.vanban4j.rules.Obligations}), compliance and plan checks. */
package vn.vanban4j.rules;
