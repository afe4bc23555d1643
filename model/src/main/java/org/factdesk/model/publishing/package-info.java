/** What Factdesk publishes under: the organisation named as the author of every public fact-check. */
package org.factdesk.model.publishing;
