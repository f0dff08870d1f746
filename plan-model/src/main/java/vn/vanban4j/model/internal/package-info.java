/** The JSON configuration and checks behind {@link vn.vanban4j.model.Plans}: not API; may change in any release. */
package vn.vanban4j.model.internal;
