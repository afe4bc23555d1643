/** Review queues: claim lists filtered, sorted and paged in the database. */
package org.factdesk.service.queue;
