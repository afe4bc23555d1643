/**
 * Factdesk's own MicroProfile Health checks, reported by WildFly on the management port's /health. In the WAR
 * because WildFly 39 did not report checks placed in the EAR's EJB module.
 */
package org.factdesk.web.health;
