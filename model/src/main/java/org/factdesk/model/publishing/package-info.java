/**
 * Publishing: the organisation named as the author of every public fact-check (set by an administrator), and
 * fact-checks other organisations have published, imported from their ClaimReview markup so the desk sees what
 * is already checked before it starts work.
 */
package org.factdesk.model.publishing;
