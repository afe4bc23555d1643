package org.factdesk.service.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says on {@code /health/ready} whether the intake analysis loaded its models. Always UP: a server whose intake
 * failed still serves queues, claims and publishing, so a balancer must keep sending it work; the data line
 * ({@code "analysis": "unavailable: …"}) is what monitoring alerts on; {@code "embeddings"} says whether matching by
 * meaning works ("loaded") or similar claims use words alone.
 */
@Readiness
@ApplicationScoped
public class IntakeReadiness implements HealthCheck {

    @Inject
    IntakeAnalyzer analyzer;

    @Inject
    SentenceEmbeddings embeddings;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("factdesk-intake")
                .withData("analysis", analyzer.status())
                .withData("embeddings", embeddings.status())
                .up()
                .build();
    }
}
