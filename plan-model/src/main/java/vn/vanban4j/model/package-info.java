/** The document model (Kế hoạch and every other kind), its builders, JSON read and write with path-addressed errors ({@link vn.vanban4j.model.Plans}), document numbers, Vietnamese text helpers and atomic file output. */
package vn.vanban4j.model;
