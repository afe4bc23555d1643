/** Desks and their queues. */
package org.factdesk.service.desk;
