package org.factdesk.model.claim;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;

/**
 * Defines the {@value Claim#SEARCH_ANALYZER} analyzer for the embedded Lucene backend: standard tokens,
 * lower case, accents folded, English possessives and stop words dropped, Porter stems — "killed" finds
 * "kills". Elasticsearch and OpenSearch have an analyzer of that name built in, so a cluster configuration
 * simply leaves this configurer out.
 */
public class LuceneClaimAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(Claim.SEARCH_ANALYZER).custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
    }
}
