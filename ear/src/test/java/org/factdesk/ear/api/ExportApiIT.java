package org.factdesk.ear.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ear.Api.q;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.factdesk.ear.Api;
import org.factdesk.ear.Api.Reply;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CSV export of a queue on the real EAR: a header row, RFC 4180 quoting of statements that hold commas
 * and quotes, the queue's filters narrowing it, and no export without a login. Claims are made per test run,
 * found by a unique token, so other tests' data does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class ExportApiIT {

    private static final String HEADER =
            "id,statement,status,priority,due,desk,assignee,claimant,reporting_verb,check_worthiness,created,modified";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void exportsTheFilteredQueueAsQuotedCsv() {
        String token = "csv" + UUID.randomUUID().toString().substring(0, 8);
        String tricky = "The minister said, \"we built 40 hospitals\" in 2019 (" + token + ")";
        long europe = create(tricky, "europe");
        long middleEast = create("Prices rose 9% last year (" + token + ")", "middle-east");

        HttpResponse<String> all = Api.as("editor").fetch("claims/export.csv?q=" + token, "text/csv");
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/csv")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(all.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment; filename=")
                .contains(".csv");
        List<String> lines = all.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(all.body()).contains("\r\n");
        assertThat(lines).hasSize(3);
        String quoted = "\"The minister said, \"\"we built 40 hospitals\"\" in 2019 (" + token + ")\"";
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(europe + "," + quoted + ",NEW,"));
        // created: ISO date-time with the newsroom's offset, e.g. 2026-11-25T16:07:00.123+01:00 or ...Z
        assertThat(lines.get(1))
                .containsPattern(",\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[.\\d]*([+-]\\d\\d:\\d\\d|Z),");

        HttpResponse<String> narrowed =
                Api.as("editor").fetch("claims/export.csv?q=" + token + "&desk=middle-east", "text/csv");
        List<String> narrowedLines = narrowed.body().lines().toList();
        assertThat(narrowedLines).hasSize(2);
        assertThat(narrowedLines.get(1)).startsWith(middleEast + ",");
    }

    @Test
    void withoutLoginThereIsNoExport() {
        HttpResponse<String> anonymous = Api.anonymous().fetch("claims/export.csv", "text/csv");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("id,statement");
    }

    @Test
    void aBadFilterIsAProblemNotAHalfWrittenFile() {
        HttpResponse<String> bad =
                Api.as("editor").fetch("claims/export.csv?status=NOPE", "text/csv, application/problem+json");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).doesNotContain("id,statement");
    }

    private static long create(String statement, String desk) {
        Reply reply =
                Api.as("reporter").post("claims", "{\"statement\":" + q(statement) + ",\"desk\":" + q(desk) + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().path("id").asLong();
    }
}
