package org.factdesk.tools.intake;

/** A sentence with its check-worthiness label and the document it came from (for per-debate MAP). */
record LabelledSentence(String text, int label, String document) {}
