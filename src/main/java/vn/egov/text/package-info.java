/**
 * Text handling shared by every stage: folding, sorting, suggestions and messages, what is done to
 * text users typed on its way in and out (control characters, NFC, spreadsheet cells, the
 * terminal), and the file names made from unit ids.
 */
package vn.egov.text;
