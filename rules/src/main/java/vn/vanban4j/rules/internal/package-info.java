/** The message keys of the checks behind {@link vn.vanban4j.rules.PlanChecks}: not API; may change in any release. */
package vn.vanban4j.rules.internal;
