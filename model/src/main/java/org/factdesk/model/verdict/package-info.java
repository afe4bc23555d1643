/** Verdicts and the newsroom's rating scale, which is data rather than code. */
package org.factdesk.model.verdict;
