package org.factdesk.service.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.Hedge;
import org.factdesk.model.claim.HedgeKind;
import org.factdesk.model.claim.Priority;
import org.factdesk.model.desk.Desk;
import org.factdesk.service.Deployments;
import org.factdesk.service.claim.ClaimHistoryService;
import org.factdesk.service.claim.TimelineEntry;
import org.factdesk.service.search.SearchIndex;
import org.factdesk.service.setup.DemoNewsroom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The claim model on the real server and database: migrations, mapping, validation, versions and audit. */
@ExtendWith(ArquillianExtension.class)
class ClaimPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.serviceSlice(PersistenceProbe.class);
    }

    @Inject
    PersistenceProbe probe;

    @Inject
    ClaimHistoryService history;

    @Inject
    SearchIndex search;

    @Resource(lookup = "java:jboss/datasources/FactdeskDS")
    DataSource dataSource;

    @Test
    void flywayAppliedEveryMigrationSuccessfully() throws SQLException {
        List<String> applied = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\" "
                        + "where \"version\" is not null order by \"installed_rank\"")) {
            while (rs.next()) {
                assertThat(rs.getBoolean(2))
                        .as("migration %s succeeded", rs.getString(1))
                        .isTrue();
                applied.add(rs.getString(1));
            }
        }
        assertThat(applied).startsWith("1", "2");
        long ratings = probe.inTransaction(em ->
                em.createQuery("select count(r) from Rating r", Long.class).getSingleResult());
        assertThat(ratings).as("the rating scale is seeded as data").isGreaterThanOrEqualTo(7);
    }

    /**
     * Every row is written into each index of its table, so two indexes on the same columns cost every insert a
     * write for nothing (H2 indexes a foreign key by itself, PostgreSQL does not); and a claim's appearances,
     * hedges, evidence, comments and status changes are read by their claim (or appearance) on every claim page,
     * so on either database each of those keys has an index that starts with it.
     */
    @Test
    void noTableIsIndexedTwiceOnTheSameColumnsAndEveryKeyOfAClaimsRowsIsIndexed() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).as("tables in %s", schema).hasSizeGreaterThan(20);
            List<String> twice = new ArrayList<>();
            int keys = 0;
            for (String table : tables) {
                Map<String, List<String>> indexes = indexes(meta, schema, table);
                Map<List<String>, String> seen = new HashMap<>();
                indexes.forEach((name, columns) -> {
                    String other = seen.putIfAbsent(columns, name);
                    if (other != null) {
                        twice.add(table + ": " + other + " and " + name + " on " + columns);
                    }
                });
                if (List.of("appearance", "hedge", "evidence", "claim_comment", "status_change")
                        .contains(table.toLowerCase(Locale.ROOT))) {
                    try (ResultSet imported = meta.getImportedKeys(null, schema, table)) {
                        while (imported.next()) {
                            keys++;
                            String column = imported.getString("FKCOLUMN_NAME");
                            assertThat(indexes.values())
                                    .as("an index of %s starting with its foreign key %s", table, column)
                                    .anySatisfy(columns ->
                                            assertThat(columns.get(0)).isEqualToIgnoringCase(column + " A"));
                        }
                    }
                }
            }
            assertThat(keys)
                    .as("foreign keys of appearances (2), hedges, evidence, comments and status changes checked")
                    .isGreaterThanOrEqualTo(6);
            assertThat(twice).as("indexes on the same columns of one table").isEmpty();
        }
    }

    /** A table's indexes by name, each as its columns in order with their direction ("CLAIM_ID A"). */
    private static Map<String, List<String>> indexes(DatabaseMetaData meta, String schema, String table)
            throws SQLException {
        Map<String, List<String>> indexes = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, true)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (name == null || column == null) {
                    continue; // table statistics, or an index on an expression
                }
                List<String> columns = indexes.computeIfAbsent(name, n -> new ArrayList<>());
                int position = rs.getInt("ORDINAL_POSITION");
                while (columns.size() < position) {
                    columns.add(null);
                }
                columns.set(position - 1, column.toUpperCase(Locale.ROOT) + " " + rs.getString("ASC_OR_DESC"));
            }
        }
        return indexes;
    }

    @Test
    void theNflClaimIsStoredAsAnAttributedUnverifiedClaimWithBothHedges() {
        List<Object> facts = probe.inTransaction(em -> {
            Claim nfl = em.createQuery("select c from Claim c where c.statement = :s", Claim.class)
                    .setParameter("s", DemoNewsroom.NFL_STATEMENT)
                    .getSingleResult();
            return List.of(
                    nfl.isAttributed(),
                    nfl.getAttribution().getClaimant().describe(),
                    nfl.getAttribution().getReportingVerb(),
                    nfl.getAppearances().get(0).getSource().getPublisher(),
                    nfl.getAppearances().get(0).getHedges().stream()
                            .map(Hedge::getKind)
                            .toList(),
                    nfl.getDesk().getName());
        });
        assertThat(facts)
                .containsExactly(
                        true,
                        "Naji al-Mustafa, spokesman, National Front for Liberation",
                        "said",
                        "Dawn",
                        List.of(HedgeKind.UNVERIFIED, HedgeKind.NO_COMMENT),
                        "Middle East desk");
    }

    @Test
    void invalidClaimsAreRefusedAndNothingIsStored() {
        long before = count();
        assertThatThrownBy(() -> probe.inTransaction(em -> {
                    em.persist(new Claim(" ", desk(em)));
                    return null;
                }))
                .hasRootCauseInstanceOf(ConstraintViolationException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void everyUpdateMovesTheVersionAndIsAuditedFieldByField() {
        long id = probe.inTransaction(em -> {
            Claim claim = new Claim("Audit me: 40 posts were shelled.", desk(em));
            em.persist(claim);
            return claim.getId();
        });
        long version0 = probe.inTransaction(em -> em.find(Claim.class, id).getVersion());
        probe.inTransaction(em -> {
            em.find(Claim.class, id).setPriority(Priority.URGENT);
            return null;
        });
        probe.inTransaction(em -> {
            em.find(Claim.class, id).setStatement("Audit me: 30 posts were shelled.");
            return null;
        });
        long version2 = probe.inTransaction(em -> em.find(Claim.class, id).getVersion());

        assertThat(version2).isEqualTo(version0 + 2);
        assertThat(probe.revisionsOf(id)).hasSize(3);
        List<TimelineEntry> fieldChanges = history.timeline(id).stream()
                .filter(e -> e.kind() == TimelineEntry.Kind.FIELD)
                .toList();
        assertThat(fieldChanges)
                .extracting(TimelineEntry::subject, TimelineEntry::from, TimelineEntry::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "statement", "Audit me: 40 posts were shelled.", "Audit me: 30 posts were shelled."),
                        org.assertj.core.groups.Tuple.tuple("priority", "NORMAL", "URGENT"));
    }

    /**
     * Start-up compares the latest change the database holds with the search index's, to find a change the index
     * lost in a crash. The database answers it status by status, newest first from one index, so it must find the
     * latest change whichever status the claim changed was in, and agree with a plain {@code max} over every claim.
     * The two claims' rows are put back as they were, so the search index still matches the database.
     */
    @Test
    void theLatestChangeIsFoundWhicheverStatusTheClaimChangedIsIn() throws SQLException {
        List<Long> ids = probe.inTransaction(em -> {
            Claim published = new Claim("Latest change: a claim published later.", desk(em));
            Claim dismissed = new Claim("Latest change: a claim dismissed later still.", desk(em));
            em.persist(published);
            em.persist(dismissed);
            return List.of(published.getId(), dismissed.getId());
        });
        try (Connection c = dataSource.getConnection()) {
            Instant before = latestByScan(c);
            assertThat(search.latestStoredChange()).isEqualTo(before);
            Map<Long, OffsetDateTime> stored = new HashMap<>();
            for (long id : ids) {
                stored.put(id, modifiedAt(c, id));
            }
            try {
                Instant later = before.plus(1, ChronoUnit.HOURS);
                change(c, ids.get(0), "PUBLISHED", later);
                assertThat(search.latestStoredChange()).isEqualTo(later);
                Instant latest = later.plus(1, ChronoUnit.HOURS);
                change(c, ids.get(1), "DISMISSED", latest);
                assertThat(search.latestStoredChange()).isEqualTo(latest).isEqualTo(latestByScan(c));
                change(c, ids.get(0), "AWAITING_APPROVAL", latest.plus(1, ChronoUnit.MINUTES));
                assertThat(search.latestStoredChange()).isEqualTo(latest.plus(1, ChronoUnit.MINUTES));
            } finally {
                for (long id : ids) {
                    change(c, id, "NEW", stored.get(id).toInstant());
                }
            }
            assertThat(search.latestStoredChange()).isEqualTo(before);
        }
    }

    private static Instant latestByScan(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select max(modified_at) from claim")) {
            rs.next();
            return rs.getObject(1, OffsetDateTime.class).toInstant();
        }
    }

    private static OffsetDateTime modifiedAt(Connection c, long id) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("select modified_at from claim where id = ?")) {
            read.setLong(1, id);
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                return rs.getObject(1, OffsetDateTime.class);
            }
        }
    }

    /** Changes a claim's row behind the application's back, as a change the search index never saw. */
    private static void change(Connection c, long id, String status, Instant modified) throws SQLException {
        try (PreparedStatement update =
                c.prepareStatement("update claim set status = ?, modified_at = ? where id = ?")) {
            update.setString(1, status);
            update.setObject(2, modified.atOffset(ZoneOffset.UTC));
            update.setLong(3, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private long count() {
        return probe.inTransaction(
                em -> em.createQuery("select count(c) from Claim c", Long.class).getSingleResult());
    }

    private static Desk desk(jakarta.persistence.EntityManager em) {
        return Desk.byCode(em, "middle-east").orElseThrow();
    }
}
