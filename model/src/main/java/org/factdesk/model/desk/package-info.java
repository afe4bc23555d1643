/** Desks: the owners of review queues. */
package org.factdesk.model.desk;
