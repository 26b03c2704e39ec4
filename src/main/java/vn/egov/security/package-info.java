/** The limits that keep hostile or broken input files from exhausting time, memory or disk. */
package vn.egov.security;
