/**
 * Factdesk's own figures for Prometheus, registered with WildFly's Micrometer subsystem and scraped from the
 * management port's /metrics beside the server's.
 */
package org.factdesk.service.metrics;
