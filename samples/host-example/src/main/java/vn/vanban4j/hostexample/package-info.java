/** A host application as README shows it, run by its test. */
package vn.vanban4j.hostexample;
