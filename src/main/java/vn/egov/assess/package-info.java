/** The assessment pipeline: criteria → registry → read → validate → score → rank → results. */
package vn.egov.assess;
