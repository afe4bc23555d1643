package org.factdesk.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.factdesk.service.common.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What IT reads in the log for a failed request: 4xx one line without a trace, 5xx one ERROR with an id. */
class ProblemLoggingTest {

    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final ProblemResponses responses = new ProblemResponses() {};

    @BeforeEach
    void listen() {
        Logger.getLogger("org.factdesk.web.rest").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("org.factdesk.web.rest").removeHandler(capture);
    }

    @Test
    void aClientErrorIsOneInfoLineWithoutAStackTrace() {
        Problem problem = responses.answer(new NotFoundException("Claim", 42L));

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.correlationId()).isNull();
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.INFO);
            assertThat(record.getThrown()).isNull();
            assertThat(record.getMessage()).startsWith("404 ").doesNotContain("\n");
        });
    }

    @Test
    void aServerErrorIsLoggedOnceAtErrorWithTheCorrelationIdTheProblemCarries() {
        Problem problem = responses.answer(new IllegalStateException("the disk is full"));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.correlationId()).matches("[0-9a-f-]{36}");
        assertThat(problem.detail()).doesNotContain("disk");
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getThrown()).hasMessage("the disk is full");
            assertThat(record.getMessage()).contains(problem.correlationId());
        });
    }
}
