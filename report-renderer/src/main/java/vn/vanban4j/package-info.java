/** The one entry point, {@link vn.vanban4j.Vanban4j}: read, check, render, due dates, obligations and reports. */
package vn.vanban4j;
