package org.factdesk.model.claim;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Defines the {@value Claim#SEARCH_ANALYZER} analyzer for the embedded Lucene backend: standard tokens,
 * lower case, accents folded, English possessives and stop words dropped, Porter stems — "killed" finds
 * "kills" — and the {@value Claim#SORT_NORMALIZER} normalizer that queue columns sort by (lower case, accents
 * folded). Elasticsearch and OpenSearch have the analyzer built in; a cluster configuration defines the
 * normalizer in its own analysis configurer.
 */
public class LuceneClaimAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(Claim.SEARCH_ANALYZER)
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
        context.normalizer(Claim.SORT_NORMALIZER)
                .custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
