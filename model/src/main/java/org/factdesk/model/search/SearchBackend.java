package org.factdesk.model.search;

import java.util.Locale;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Which search engine the claim and fact-check indexes live in, chosen by the server, not the EAR: the embedded
 * Lucene index by default, or Elasticsearch/OpenSearch when the server sets {@value #PROPERTY} to
 * {@code elasticsearch} (with {@code hibernate.search.backend.uris} and the engine's version as system
 * properties). Hibernate's own placeholders in persistence.xml have no default value, so the choice is applied
 * here, before Hibernate Search starts, with the analysis that backend needs.
 */
public class SearchBackend implements ServiceContributor {

    public static final String PROPERTY = "factdesk.search.backend";

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        String backend = System.getProperty(PROPERTY, "lucene").strip().toLowerCase(Locale.ROOT);
        boolean elasticsearch = "elasticsearch".equals(backend);
        registry.applySetting("hibernate.search.backend.type", elasticsearch ? "elasticsearch" : "lucene");
        registry.applySetting(
                "hibernate.search.backend.analysis.configurer",
                "class:org.factdesk.model.claim."
                        + (elasticsearch ? "ElasticsearchClaimAnalysis" : "LuceneClaimAnalysis"));
    }
}
