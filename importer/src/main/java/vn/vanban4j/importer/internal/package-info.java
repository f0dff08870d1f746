/** How the importer reads: not API; may change in any release. */
package vn.vanban4j.importer.internal;
