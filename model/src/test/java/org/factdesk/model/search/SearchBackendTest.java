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

    @Test
    void serversCoordinateTheirIndexingOnlyThroughTheEngine() {
        assertThat(SearchBackend.isOutboxPolling(null, true))
                .as("unset: no coordination")
                .isFalse();
        assertThat(SearchBackend.isOutboxPolling("none", false)).isFalse();
        assertThat(SearchBackend.isOutboxPolling(" Outbox-Polling ", true)).isTrue();
        assertThatThrownBy(() -> SearchBackend.isOutboxPolling("outbox-polling", false))
                .as("embedded Lucene: each server would index into its own files")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs factdesk.search.backend=opensearch");
        assertThatThrownBy(() -> SearchBackend.isOutboxPolling("outbox", true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("factdesk.search.coordination=outbox names no coordination");
    }
}
