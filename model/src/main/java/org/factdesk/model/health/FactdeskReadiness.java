package org.factdesk.model.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
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

    @PersistenceUnit
    EntityManagerFactory emf;

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
            MigrationInfoService info = Flyway.configure(FactdeskReadiness.class.getClassLoader())
                    .dataSource(dataSource).locations(MIGRATIONS).load().info();
            long failed = Arrays.stream(info.all()).filter(m -> m.getState() == MigrationState.FAILED).count();
            int pending = info.pending().length;
            response.withData("schemaVersion", info.current() == null ? "none" : info.current().getVersion().getVersion());
            response.withData("pendingMigrations", pending);
            response.withData("failedMigrations", failed);
            return pending == 0 && failed == 0;
        } catch (RuntimeException e) {
            response.withData("migrations", "unknown: " + e.getMessage());
            return false;
        }
    }

    private boolean search(HealthCheckResponseBuilder response) {
        EntityManager em = emf.createEntityManager();
        try {
            response.withData("indexedClaims",
                    Search.session(em).search(Claim.class).where(f -> f.matchAll()).fetchTotalHitCount());
            return true;
        } catch (RuntimeException e) {
            response.withData("searchIndex", "unusable: " + e.getMessage());
            return false;
        } finally {
            em.close();
        }
    }
}
