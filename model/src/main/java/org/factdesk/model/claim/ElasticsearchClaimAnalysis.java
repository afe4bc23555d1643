package org.factdesk.model.claim;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The claim index's analysis on Elasticsearch or OpenSearch, matching {@link LuceneClaimAnalysis}: the
 * {@value Claim#SEARCH_ANALYZER} analyzer is built into those engines; the {@value Claim#SORT_NORMALIZER}
 * normalizer that queue columns sort by is defined here. A clustered configuration names this class as
 * {@code hibernate.search.backend.analysis.configurer}; the queue queries themselves are the same.
 */
public class ElasticsearchClaimAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.normalizer(Claim.SORT_NORMALIZER).custom().tokenFilters("lowercase", "asciifolding");
    }
}
