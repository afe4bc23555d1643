/** Authentication: the form login for people, HTTP Basic for API clients, one database identity store. */
package org.factdesk.web.security;
