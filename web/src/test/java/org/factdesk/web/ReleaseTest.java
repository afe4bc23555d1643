package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReleaseTest {

    @Test
    void theBuildFillsInTheVersionAndTheBuildTime() {
        assertThat(Release.id()).doesNotContain("${").matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?-\\d{8}T\\d{6}Z");
    }
}
