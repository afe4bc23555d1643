/**
 * Claims and their workflow: the claim aggregate, who made it (attribution, claimant), where it appeared with
 * which hedges, and the status history.
 */
package org.factdesk.model.claim;
