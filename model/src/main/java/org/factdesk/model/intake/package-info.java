/**
 * Intake: the news feeds the newsroom watches and the items already taken from them, so that an article
 * is turned into a source (and analysed for claims) exactly once.
 */
package org.factdesk.model.intake;
