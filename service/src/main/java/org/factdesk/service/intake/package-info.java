/**
 * Intake text analysis without a container: splits a news report into sentences, finds who said
 * what (attribution), the caveats the report prints (hedges) and how worth checking each sentence is.
 * In the container: the shared analyzer, feeds imported once, and similar claims from the search index.
 */
package org.factdesk.service.intake;
