package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On H2, every row of a claim's appearances, hedges, comments and status changes (and of feed items and API tokens)
 * was written into two identical indexes. The tables declare their foreign keys inline, and H2 gives such a key an
 * index of its own when the table is created; the migrations then created the same index by name, which
 * PostgreSQL needs, since it indexes no foreign key by itself. On H2 the named copy only cost every insert one more
 * index write, and the claim generator about 19 seconds of building at 1,000,000 claims. It is dropped on H2;
 * nothing changes on PostgreSQL.
 *
 * <p>Each copy is dropped only if its table still has an index that backs a constraint on exactly that column, so
 * a database whose keys were declared otherwise keeps what it has. A copy the claim generator had suspended when a
 * server stopped is taken off its ledger, so that the next start does not build it again.
 */
public class V19__H2ForeignKeyIndexesOnce extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V19__H2ForeignKeyIndexesOnce.class.getName());

    /** Table, column, and the index the migrations created on it by name. */
    private record Copy(String table, String column, String index) {}

    private static final List<Copy> COPIES = List.of(
            new Copy("APPEARANCE", "CLAIM_ID", "IX_APPEARANCE_CLAIM"),
            new Copy("APPEARANCE", "SOURCE_ID", "IX_APPEARANCE_SOURCE"),
            new Copy("HEDGE", "APPEARANCE_ID", "IX_HEDGE_APPEARANCE"),
            new Copy("STATUS_CHANGE", "CLAIM_ID", "IX_STATUS_CHANGE_CLAIM"),
            new Copy("CLAIM_COMMENT", "CLAIM_ID", "IX_COMMENT_CLAIM"),
            new Copy("FEED_ITEM", "FEED_ID", "IX_FEED_ITEM_FEED"),
            new Copy("API_TOKEN", "USER_ID", "IX_API_TOKEN_USER"));

    /** The claim generator's list of indexes it dropped while writing (SuspendedIndexes). */
    private static final String LEDGER = "FACTDESK_SUSPENDED_INDEX";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        boolean ledger = count(
                        connection,
                        "select count(*) from information_schema.tables "
                                + "where table_schema = current_schema and table_name = ?",
                        LEDGER)
                > 0;
        for (Copy copy : COPIES) {
            if (!constraintIndexed(connection, copy)) {
                continue;
            }
            boolean present = count(
                            connection,
                            "select count(*) from information_schema.indexes "
                                    + "where table_schema = current_schema and index_name = ?",
                            copy.index())
                    > 0;
            if (present) {
                try (Statement s = connection.createStatement()) {
                    s.execute("drop index " + quote(copy.index()));
                }
                LOG.info(() -> "H2: dropped " + copy.index() + ", a copy of the index of the foreign key on "
                        + copy.table() + " (" + copy.column() + ")");
            }
            if (ledger) {
                try (PreparedStatement unlisted =
                        connection.prepareStatement("delete from " + LEDGER + " where name = ?")) {
                    unlisted.setString(1, quote(copy.index()));
                    if (unlisted.executeUpdate() > 0) {
                        LOG.info(() -> "H2: " + copy.index() + " taken off the claim generator's suspended "
                                + "indexes; it is not built again");
                    }
                }
            }
        }
    }

    /** Whether an index backing a constraint covers exactly {@code copy}'s column on its table. */
    private static boolean constraintIndexed(Connection connection, Copy copy) throws SQLException {
        return count(
                        connection,
                        "select count(*) from information_schema.indexes i "
                                + "join information_schema.table_constraints t "
                                + "on t.index_schema = i.index_schema and t.index_name = i.index_name "
                                + "where i.table_schema = current_schema and i.table_name = ? and i.index_name <> ? "
                                + "and (select count(*) from information_schema.index_columns c "
                                + "where c.index_schema = i.index_schema and c.index_name = i.index_name "
                                + "and c.table_name = i.table_name) = 1 "
                                + "and exists (select 1 from information_schema.index_columns c "
                                + "where c.index_schema = i.index_schema and c.index_name = i.index_name "
                                + "and c.table_name = i.table_name and c.column_name = ?)",
                        copy.table(),
                        copy.index(),
                        copy.column())
                > 0;
    }

    /** The single number {@code sql} counts, with {@code values} as its parameters. */
    private static long count(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setString(i + 1, values[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier + '"';
    }
}
