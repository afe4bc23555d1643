/**
 * How saved changes reach the search index: each save waits until its documents are in the index writer and
 * records when that happened, so a queue asked for afterwards can be made to see them.
 */
package org.factdesk.model.search;
