/**
 * Who may come in: password and token checks with throttling, the verification cache, the security event log
 * and personal API tokens. The web module's authentication mechanism is the only caller of {@link
 * org.factdesk.service.security.Authenticator}.
 */
package org.factdesk.service.security;
