/**
 * Factdesk's own MicroProfile Health checks, reported by WildFly on the management port's /health: the
 * persistence the model owns — database, Flyway migrations, claim index — is usable. In the model jar (the
 * EAR's lib/) because WildFly 39's health extension looks up checks through the EAR-level bean manager, which
 * sees lib/ but not the EJB or web module.
 */
package org.factdesk.model.health;
