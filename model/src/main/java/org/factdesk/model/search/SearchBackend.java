package org.factdesk.model.search;

import java.util.Locale;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Which search engine the claim and fact-check indexes live in, chosen by the server, not the EAR: the embedded
 * Lucene index by default, or Elasticsearch/OpenSearch when the server sets {@value #PROPERTY} to
 * {@code elasticsearch} or {@code opensearch} (with {@code hibernate.search.backend.uris} and the engine's version as system
 * properties). Hibernate's own placeholders in persistence.xml have no default value, so the choice is applied
 * here, before Hibernate Search starts, with the analysis that backend needs.
 *
 * <p>Several servers share one engine only with {@value #COORDINATION} set to {@code outbox-polling}: each change
 * is then written to the database's outbox table in the transaction that made it, and the servers' background
 * agents index it once, in order, also the changes of a server that died before indexing them. Coordination
 * needs the engine: with the embedded index, each server would index into its own files.
 */
public class SearchBackend implements ServiceContributor {

    public static final String PROPERTY = "factdesk.search.backend";

    public static final String COORDINATION = "factdesk.search.coordination";

    private static final String DATA_SOURCE = "java:jboss/datasources/FactdeskDS";

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        boolean elasticsearch = isElasticsearch(System.getProperty(PROPERTY));
        registry.applySetting("hibernate.search.backend.type", elasticsearch ? "elasticsearch" : "lucene");
        registry.applySetting(
                "hibernate.search.backend.analysis.configurer",
                "class:org.factdesk.model.claim."
                        + (elasticsearch ? "ElasticsearchClaimAnalysis" : "LuceneClaimAnalysis"));
        if (isOutboxPolling(System.getProperty(COORDINATION), elasticsearch)) {
            // the agents poll their tables as soon as Hibernate starts, before the application's start-up
            // migration would have made them: on a new database, migrate first
            migrateFirst();
            // indexing happens in the agents' background, so a save cannot wait for it (IndexedBeforeReturn)
            registry.applySetting("hibernate.search.coordination.strategy", "outbox-polling");
        } else {
            registry.applySetting(
                    "hibernate.search.indexing.plan.synchronization.strategy",
                    "class:" + IndexedBeforeReturn.class.getName());
        }
    }

    /**
     * Applies the schema migrations before Hibernate starts (the start-up migrator then finds none pending). Several
     * servers starting at once are serialised by Flyway's lock on the database.
     */
    private static void migrateFirst() {
        try {
            DataSource dataSource = (DataSource) new InitialContext().lookup(DATA_SOURCE);
            Flyway.configure(SearchBackend.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (NamingException e) {
            throw new IllegalStateException(
                    "No data source " + DATA_SOURCE + " to migrate before the search agents", e);
        }
    }

    /** Whether this server shares the index with others, coordinated through the database's outbox. */
    public static boolean coordinated() {
        return isOutboxPolling(System.getProperty(COORDINATION), isElasticsearch(System.getProperty(PROPERTY)));
    }

    /**
     * Whether the servers coordinate their indexing through the database's outbox: unset or {@code none} is one
     * server indexing its own changes as they commit; {@code outbox-polling} needs the engine backend.
     */
    static boolean isOutboxPolling(String value, boolean elasticsearch) {
        String coordination = value == null ? "none" : value.strip().toLowerCase(Locale.ROOT);
        return switch (coordination) {
            case "none" -> false;
            case "outbox-polling" -> {
                if (!elasticsearch) {
                    throw new IllegalStateException(COORDINATION + "=outbox-polling needs " + PROPERTY
                            + "=opensearch (or elasticsearch): with the embedded index every server has its own");
                }
                yield true;
            }
            default ->
                throw new IllegalStateException(COORDINATION + "=" + value
                        + " names no coordination: use none (the default) or outbox-polling");
        };
    }

    /**
     * Whether the server asked for Elasticsearch/OpenSearch: unset or {@code lucene} is the embedded index, and
     * anything unknown stops the deployment with its name, rather than a typo silently keeping the embedded index.
     */
    static boolean isElasticsearch(String value) {
        String backend = value == null ? "lucene" : value.strip().toLowerCase(Locale.ROOT);
        return switch (backend) {
            case "lucene" -> false;
            case "elasticsearch", "opensearch" -> true;
            default ->
                throw new IllegalStateException(PROPERTY + "=" + value
                        + " names no search backend: use lucene (the default), elasticsearch or opensearch");
        };
    }
}
