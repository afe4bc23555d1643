/** Registering the sources claims appear in. */
package org.factdesk.service.source;
