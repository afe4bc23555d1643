/** What security needs to remember: the security event log and personal API tokens. */
package org.factdesk.model.security;
