/**
 * The one entry point, {@link vn.vanban4j.Vanban4j}: read, check, import, render, due dates, obligations
 * and reports, over every module of the library (artifact {@code vn.vanban4j:vanban4j}).
 */
package vn.vanban4j;
