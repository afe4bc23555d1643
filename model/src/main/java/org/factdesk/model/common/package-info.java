/** What every entity shares: identity, timestamps, the optimistic version and the caller who changed it. */
package org.factdesk.model.common;
