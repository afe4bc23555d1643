package org.factdesk.service.setup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.factdesk.service.load.SuspendedIndexes;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else runs. Flyway owns the schema on every database
 * (H2 and PostgreSQL run the same scripts); Hibernate never creates or alters a table. On H2 it then builds any
 * index an interrupted claim generation left suspended ({@link SuspendedIndexes}).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/FactdeskDS")
    DataSource dataSource;

    private int appliedOnStart;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        // nothing to do (already current, or migrated before Hibernate started: SearchBackend): say where it stands
        String version = result.targetSchemaVersion != null
                ? result.targetSchemaVersion
                : flyway.info().current() == null
                        ? "none"
                        : flyway.info().current().getVersion().getVersion();
        appliedOnStart = result.migrationsExecuted;
        try (Connection connection = dataSource.getConnection()) {
            SuspendedIndexes.restoreLeftovers(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not rebuild indexes left suspended by claim generation", e);
        }
        LOG.info(() -> "Factdesk schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    public int appliedOnStart() {
        return appliedOnStart;
    }
}
