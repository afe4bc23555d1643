package org.factdesk.service.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * On H2, the plain secondary indexes of the tables the generator fills are dropped while it writes and built
 * again afterwards. Generated claims are spread over three years in random order, so every row landed on a
 * random page of the date indexes: at a million claims those inserts missed H2's page cache and most of the
 * writing time went to reading index pages back. H2 builds an index over existing rows by sorting them, in a
 * fraction of that time. Indexes that back a constraint (primary keys, unique keys, foreign keys) are never
 * touched, so nothing the application relies on for correctness is off; queries in the meantime are only
 * slower. PostgreSQL is left alone: it writes a million claims in under two minutes with every index in place.
 */
final class SuspendedIndexes implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SuspendedIndexes.class.getName());

    private final Connection connection;
    private final Map<String, String> dropped;

    private SuspendedIndexes(Connection connection, Map<String, String> dropped) {
        this.connection = connection;
        this.dropped = dropped;
    }

    /** Drops the plain indexes of {@code tables} on H2 (nothing elsewhere); {@link #close()} builds them again. */
    static SuspendedIndexes suspend(Connection connection, String... tables) throws SQLException {
        Map<String, String> dropped = new LinkedHashMap<>();
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return new SuspendedIndexes(connection, dropped);
        }
        Map<String, String> definitions = plainIndexes(connection, tables);
        try (Statement s = connection.createStatement()) {
            for (Map.Entry<String, String> index : definitions.entrySet()) {
                s.execute("drop index " + index.getKey());
                dropped.put(index.getKey(), index.getValue());
            }
        } catch (SQLException e) {
            new SuspendedIndexes(connection, dropped).close();
            throw e;
        }
        LOG.info(() -> "Generating: " + dropped.size() + " indexes suspended while writing: " + dropped.keySet());
        return new SuspendedIndexes(connection, dropped);
    }

    /**
     * {@code create index} statements for the non-unique indexes of the tables that back no constraint, by
     * index name, built from H2's information schema so they match whatever the migrations created.
     */
    private static Map<String, String> plainIndexes(Connection connection, String... tables) throws SQLException {
        String placeholders = String.join(",", Collections.nCopies(tables.length, "?"));
        String sql = "select i.index_name, i.table_name, c.column_name, c.ordering_specification "
                + "from information_schema.indexes i join information_schema.index_columns c "
                + "on c.index_schema = i.index_schema and c.index_name = i.index_name "
                + "where i.table_schema = current_schema and i.index_type_name = 'INDEX' "
                + "and upper(i.table_name) in (" + placeholders + ") "
                + "and i.index_name not in (select t.index_name from information_schema.table_constraints t "
                + "where t.index_name is not null and t.index_schema = i.index_schema) "
                + "order by i.index_name, c.ordinal_position";
        Map<String, String> table = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            String[] upper = Arrays.stream(tables).map(t -> t.toUpperCase(Locale.ROOT)).toArray(String[]::new);
            for (int i = 0; i < upper.length; i++) {
                query.setString(i + 1, upper[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String index = rs.getString(1);
                    table.put(index, rs.getString(2));
                    columns.computeIfAbsent(index, k -> new ArrayList<>())
                            .add(quote(rs.getString(3)) + ("DESC".equals(rs.getString(4)) ? " desc" : ""));
                }
            }
        }
        Map<String, String> definitions = new LinkedHashMap<>();
        columns.forEach((index, cols) -> definitions.put(quote(index),
                "create index " + quote(index) + " on " + quote(table.get(index)) + " (" + String.join(", ", cols)
                        + ")"));
        return definitions;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Builds every dropped index again; each one that fails is logged and the others still built. */
    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (String definition : dropped.values()) {
            try (Statement s = connection.createStatement()) {
                s.execute(definition);
            } catch (SQLException e) {
                LOG.severe(() -> "Could not rebuild an index after generating: " + definition + ": " + e.getMessage());
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        dropped.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
