/** The review queue page: filtered, sorted, database-paged claim lists. */
package org.factdesk.web.view.queue;
