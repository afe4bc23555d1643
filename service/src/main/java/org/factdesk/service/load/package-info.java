/**
 * What the load generator (module {@code bench}, never in the production EAR) needs from the service at start-up:
 * the plain indexes it drops while writing are rebuilt by {@link org.factdesk.service.load.SuspendedIndexes}
 * if a generation was interrupted.
 */
package org.factdesk.service.load;
