/** Field-level audit: the Envers revision entity that records who changed what. */
package org.factdesk.model.audit;
