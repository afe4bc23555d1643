/**
 * Sentence embeddings of claims and imported fact-checks, kept beside the rows they describe and indexed as
 * vector fields for search by meaning.
 */
package org.factdesk.model.embedding;
