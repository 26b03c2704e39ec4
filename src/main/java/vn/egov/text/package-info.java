/** Vietnamese text handling shared by every stage: folding, sorting, suggestions and messages. */
package vn.egov.text;
