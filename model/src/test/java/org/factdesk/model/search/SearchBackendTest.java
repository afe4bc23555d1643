package org.factdesk.model.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SearchBackendTest {

    @Test
    void theServerChoosesTheEmbeddedIndexOrOpenSearch() {
        assertThat(SearchBackend.isElasticsearch(null))
                .as("unset: embedded Lucene")
                .isFalse();
        assertThat(SearchBackend.isElasticsearch(" Lucene ")).isFalse();
        assertThat(SearchBackend.isElasticsearch("elasticsearch")).isTrue();
        assertThat(SearchBackend.isElasticsearch("OpenSearch")).isTrue();
    }

    @Test
    void aTypoStopsTheDeploymentInsteadOfKeepingTheEmbeddedIndex() {
        assertThatThrownBy(() -> SearchBackend.isElasticsearch("opensaerch"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("factdesk.search.backend=opensaerch");
    }
}
