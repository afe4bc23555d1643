/** Review queues people keep: saved searches, each a queue URL's filters under a name of the owner's choosing. */
package org.factdesk.model.queue;
