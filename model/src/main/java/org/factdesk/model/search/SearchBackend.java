package org.factdesk.model.search;

import java.util.Locale;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Which search engine the claim and fact-check indexes live in, chosen by the server, not the EAR: the embedded
 * Lucene index by default, or Elasticsearch/OpenSearch when the server sets {@value #PROPERTY} to
 * {@code elasticsearch} or {@code opensearch} (with {@code hibernate.search.backend.uris} and the engine's version as system
 * properties). Hibernate's own placeholders in persistence.xml have no default value, so the choice is applied
 * here, before Hibernate Search starts, with the analysis that backend needs.
 */
public class SearchBackend implements ServiceContributor {

    public static final String PROPERTY = "factdesk.search.backend";

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        boolean elasticsearch = isElasticsearch(System.getProperty(PROPERTY));
        registry.applySetting("hibernate.search.backend.type", elasticsearch ? "elasticsearch" : "lucene");
        registry.applySetting(
                "hibernate.search.backend.analysis.configurer",
                "class:org.factdesk.model.claim."
                        + (elasticsearch ? "ElasticsearchClaimAnalysis" : "LuceneClaimAnalysis"));
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
