/** Drafting verdicts against the newsroom's rating scale. */
package org.factdesk.service.verdict;
