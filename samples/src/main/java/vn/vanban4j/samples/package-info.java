/** The seed plans, an invented document of each kind, an illustrative org chart and report forms, as data for examples and tests. */
package vn.vanban4j.samples;
