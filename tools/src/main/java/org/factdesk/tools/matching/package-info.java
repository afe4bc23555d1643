/**
 * Offline measurement of claim matching: ranking already fact-checked claims for a claim as people post
 * it (CheckThat! 2020 task 2), by words (BM25), by meaning (sentence embeddings) and by both.
 */
package org.factdesk.tools.matching;
