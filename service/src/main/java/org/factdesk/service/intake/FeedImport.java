package org.factdesk.service.intake;

/** What one import of a feed did: entries read, items new to the newsroom (each now a source). */
public record FeedImport(long feedId, String title, int read, int imported) {}
