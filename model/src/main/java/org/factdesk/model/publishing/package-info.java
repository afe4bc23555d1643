/**
 * Publishing: fact-checks other organisations have published, imported from their ClaimReview markup so the
 * desk sees what is already checked before it starts work.
 */
package org.factdesk.model.publishing;
