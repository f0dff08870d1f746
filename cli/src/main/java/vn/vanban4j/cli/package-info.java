/** The {@code vanban4j.jar} command line: a thin shell over the libraries; every failure is one line naming where. */
package vn.vanban4j.cli;
