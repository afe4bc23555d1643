package org.factdesk.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.factdesk.service.intake.SearchIndex;
import org.factdesk.service.setup.DatabaseMigrator;

/**
 * Ready to take work: the database answers, every migration the application ships is applied (none pending,
 * none failed), and the claim search index can be queried. WildFly reports it beside its own checks on
 * {@code /health/ready} of the management interface, so a load balancer sends no newsroom to a server whose
 * database is down or half-migrated.
 */
@Readiness
@ApplicationScoped
public class FactdeskReadiness implements HealthCheck {

    static final String NAME = "factdesk";

    @Resource(lookup = "java:jboss/datasources/FactdeskDS")
    DataSource dataSource;

    @Inject
    DatabaseMigrator migrator;

    @Inject
    SearchIndex searchIndex;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        boolean up = database(response) && migrations(response) && search(response);
        return response.status(up).build();
    }

    private boolean database(HealthCheckResponseBuilder response) {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            response.withData("database", valid ? "reachable" : "not answering");
            return valid;
        } catch (SQLException e) {
            response.withData("database", "unreachable: " + e.getMessage());
            return false;
        }
    }

    private boolean migrations(HealthCheckResponseBuilder response) {
        try {
            DatabaseMigrator.State state = migrator.state();
            response.withData("schemaVersion", String.valueOf(state.version()));
            response.withData("pendingMigrations", state.pending());
            response.withData("failedMigrations", state.failed());
            return state.pending() == 0 && state.failed() == 0;
        } catch (RuntimeException e) {
            response.withData("migrations", "unknown: " + e.getMessage());
            return false;
        }
    }

    private boolean search(HealthCheckResponseBuilder response) {
        try {
            response.withData("indexedClaims", searchIndex.indexedClaims());
            return true;
        } catch (RuntimeException e) {
            response.withData("searchIndex", "unusable: " + e.getMessage());
            return false;
        }
    }
}
