package org.factdesk.service.setup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstAdministratorTest {

    @Test
    void refusesShortCommonRepetitiveAndDemoPasswords() {
        assertThat(FirstAdministrator.weakness("short")).contains("shorter");
        assertThat(FirstAdministrator.weakness("factdesk-demo")).contains("demo");
        assertThat(FirstAdministrator.weakness("Password123")).contains("common");
        assertThat(FirstAdministrator.weakness("aaaaaaaaaaaa")).contains("repetitive");
        assertThat(FirstAdministrator.weakness("admin12admin")).isNotNull();
    }

    @Test
    void acceptsALongUnusualPasswordAndNeverRepeatsIt() {
        assertThat(FirstAdministrator.weakness("Newsroom-IT-2026-kestrel")).isNull();
        String weak = "1234567890";
        assertThat(FirstAdministrator.weakness(weak)).doesNotContain(weak);
    }
}
