/**
 * What Factdesk publishes to the world: a published verdict as a public fact-check, and its schema.org
 * ClaimReview, which search engines and platforms read. Nothing unpublished or internal ever leaves here.
 */
package org.factdesk.service.publishing;
