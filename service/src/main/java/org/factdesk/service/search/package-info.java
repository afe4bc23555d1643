/**
 * The claim search index: the engine behind queues, counts, text search and similar claims, its background
 * rebuilds and the state a page or an API reply reports while a rebuild runs.
 */
package org.factdesk.service.search;
