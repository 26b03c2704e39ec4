package vn.egov.report;

import vn.egov.model.CriteriaSet;
import vn.egov.model.Results;
import vn.egov.output.OutputContext;

/**
 * What every writer of one of assess's documents (ranking.xlsx, report.docx) starts from: the
 * results, their criteria set, the context, the labels in the run's language and the set's
 * precision.
 */
abstract class ResultsDocument {
  final Results results;
  final CriteriaSet set;
  final OutputContext context;
  final Labels labels;
  final int precision;

  ResultsDocument(Results results, OutputContext context) {
    this.results = results;
    this.set = results.criteria();
    this.context = context;
    this.labels = Labels.of(context);
    this.precision = set.scoring().precision();
  }
}
