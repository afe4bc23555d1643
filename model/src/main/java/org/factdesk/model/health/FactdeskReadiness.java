package org.factdesk.model.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.factdesk.model.claim.Claim;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.hibernate.search.mapper.orm.Search;

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
    /** Where the migrations are; the same as the start-up migrator's. */
    static final String MIGRATIONS = "classpath:db/migration";

    @Resource(lookup = "java:jboss/datasources/FactdeskDS")
    DataSource dataSource;

    /**
     * How long a migration check stands. Flyway reads its history table and scans the migrations on each
     * check and logs it at INFO; probes every few seconds would fill the log with it, and migrations only
     * change when a new release starts.
     */
    static final Duration MIGRATIONS_RECHECK = Duration.ofMinutes(5);

    @PersistenceUnit
    EntityManagerFactory emf;

    private volatile Migrations lastMigrations;

    /** One reading of Flyway's state. */
    record Migrations(String version, int pending, long failed, Instant readAt) {

        boolean ok() {
            return pending == 0 && failed == 0;
        }
    }

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
            Migrations migrations = lastMigrations;
            if (migrations == null
                    || !migrations.ok()
                    || migrations.readAt().plus(MIGRATIONS_RECHECK).isBefore(Instant.now())) {
                MigrationInfoService info = Flyway.configure(FactdeskReadiness.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations(MIGRATIONS)
                        .load()
                        .info();
                migrations = new Migrations(
                        info.current() == null
                                ? "none"
                                : info.current().getVersion().getVersion(),
                        info.pending().length,
                        Arrays.stream(info.all())
                                .filter(m -> m.getState() == MigrationState.FAILED)
                                .count(),
                        Instant.now());
                lastMigrations = migrations;
            }
            response.withData("schemaVersion", migrations.version());
            response.withData("pendingMigrations", migrations.pending());
            response.withData("failedMigrations", migrations.failed());
            return migrations.ok();
        } catch (RuntimeException e) {
            lastMigrations = null;
            response.withData("migrations", "unknown: " + e.getMessage());
            return false;
        }
    }

    private boolean search(HealthCheckResponseBuilder response) {
        EntityManager em = emf.createEntityManager();
        try {
            response.withData(
                    "indexedClaims",
                    Search.session(em)
                            .search(Claim.class)
                            .where(f -> f.matchAll())
                            .fetchTotalHitCount());
            return true;
        } catch (RuntimeException e) {
            response.withData("searchIndex", "unusable: " + e.getMessage());
            return false;
        } finally {
            em.close();
        }
    }
}
