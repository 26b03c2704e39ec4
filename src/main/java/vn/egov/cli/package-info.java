/**
 * The command line: the only package that uses picocli, prints, or decides exit codes. Commands
 * turn options into requests for the core packages and print what comes back.
 */
package vn.egov.cli;
