package org.factdesk.service.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generator's index suspension on the H2 the server runs (in memory here): plain indexes go while rows are
 * written and come back exactly as they were; indexes behind a primary key, a unique key or a foreign key
 * are never touched.
 */
class SuspendedIndexesTest {

    private Connection connection;

    @BeforeEach
    void schema() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Statement s = connection.createStatement()) {
            s.execute("create table desk (id bigint primary key, code varchar(20) not null unique)");
            s.execute("create table claim (id bigint primary key, desk_id bigint not null references desk (id), "
                    + "status varchar(20), created_at timestamp, due_at timestamp)");
            s.execute("create index ix_claim_status_created on claim (status, created_at desc)");
            s.execute("create index ix_claim_due on claim (due_at)");
            s.execute("create table other (id bigint primary key, due_at timestamp)");
            s.execute("create index ix_other_due on other (due_at)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void plainIndexesAreDroppedWhileWritingAndBuiltAgainAsTheyWere() throws SQLException {
        List<String> before = indexes();
        assertThat(before)
                .contains(
                        "CLAIM.IX_CLAIM_STATUS_CREATED(STATUS ASC,CREATED_AT DESC)",
                        "CLAIM.IX_CLAIM_DUE(DUE_AT ASC)",
                        "OTHER.IX_OTHER_DUE(DUE_AT ASC)");

        assertThat(SuspendedIndexes.active()).as("no generation yet").isFalse();
        try (SuspendedIndexes suspended = SuspendedIndexes.suspend(connection, "claim", "desk")) {
            assertThat(SuspendedIndexes.active())
                    .as("background work knows a generation holds the tables")
                    .isTrue();
            List<String> during = indexes();
            assertThat(during)
                    .as("the plain indexes of the named tables are gone")
                    .noneMatch(i -> i.startsWith("CLAIM.IX_"));
            assertThat(during)
                    .as("another table's index, and every constraint's, stay")
                    .contains("OTHER.IX_OTHER_DUE(DUE_AT ASC)")
                    .containsAll(
                            before.stream().filter(i -> !i.contains(".IX_")).toList());
            try (Statement s = connection.createStatement()) {
                s.execute("insert into desk values (1, 'general')");
                s.execute("insert into claim values (1, 1, 'NEW', current_timestamp, null)");
            }
        }

        assertThat(indexes()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(SuspendedIndexes.active()).as("the generation is over").isFalse();
    }

    @Test
    void oneTablesIndexesComeBackFirstAndTheRestWhenTheGenerationEnds() throws SQLException {
        List<String> before = indexes();
        try (SuspendedIndexes suspended = SuspendedIndexes.suspend(connection, "claim", "other")) {
            suspended.restore("claim");

            assertThat(indexes())
                    .as("the claim table's indexes are back, so the search index can read it")
                    .contains(
                            "CLAIM.IX_CLAIM_STATUS_CREATED(STATUS ASC,CREATED_AT DESC)",
                            "CLAIM.IX_CLAIM_DUE(DUE_AT ASC)")
                    .as("the other table's still wait")
                    .noneMatch(i -> i.startsWith("OTHER.IX_"));
            assertThat(SuspendedIndexes.active()).isTrue();
        }

        assertThat(indexes()).containsExactlyInAnyOrderElementsOf(before);
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + SuspendedIndexes.LEDGER)) {
            rs.next();
            assertThat(rs.getInt(1)).as("nothing left listed").isZero();
        }
    }

    @Test
    void indexesLeftSuspendedByAStoppedServerAreBuiltAtTheNextStart() throws SQLException {
        List<String> before = indexes();
        SuspendedIndexes interrupted = SuspendedIndexes.suspend(connection, "claim"); // the server stops: no close()
        assertThat(indexes()).noneMatch(i -> i.startsWith("CLAIM.IX_"));

        SuspendedIndexes.restoreLeftovers(connection);

        assertThat(indexes()).containsExactlyInAnyOrderElementsOf(before);
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + SuspendedIndexes.LEDGER)) {
            rs.next();
            assertThat(rs.getInt(1)).as("nothing left listed").isZero();
        }
        SuspendedIndexes.restoreLeftovers(connection);
        assertThat(indexes()).as("a second start changes nothing").containsExactlyInAnyOrderElementsOf(before);
        interrupted.close(); // only so that this JVM no longer counts the generation the "stopped server" ran
    }

    @Test
    void theForeignKeyStillHoldsWhileIndexesAreSuspended() throws SQLException {
        try (SuspendedIndexes suspended = SuspendedIndexes.suspend(connection, "claim")) {
            try (Statement s = connection.createStatement()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(
                                () -> s.execute("insert into claim values (1, 99, 'NEW', current_timestamp, null)"))
                        .isInstanceOf(SQLException.class);
            }
        }
    }

    /** Every index as TABLE.NAME(COLUMN ORDER,…), constraint indexes included. */
    private List<String> indexes() throws SQLException {
        List<String> indexes = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select i.table_name, i.index_name, listagg(c.column_name || ' ' "
                        + "|| c.ordering_specification, ',') within group (order by c.ordinal_position) "
                        + "from information_schema.indexes i join information_schema.index_columns c "
                        + "on c.index_schema = i.index_schema and c.index_name = i.index_name "
                        + "where i.table_schema = 'PUBLIC' "
                        + "and i.table_name <> upper('" + SuspendedIndexes.LEDGER + "') "
                        + "group by i.table_name, i.index_name")) {
            while (rs.next()) {
                indexes.add(rs.getString(1) + "." + rs.getString(2) + "(" + rs.getString(3) + ")");
            }
        }
        return indexes;
    }
}
