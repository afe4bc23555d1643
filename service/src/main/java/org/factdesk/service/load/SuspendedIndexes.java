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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * On H2, the plain secondary indexes of the tables the generator fills are dropped while it writes and built
 * again afterwards. Generated claims are spread over three years in random order, so every row landed on a
 * random page of the date indexes: at a million claims those inserts missed H2's page cache and most of the
 * writing time went to reading index pages back. H2 builds an index over existing rows by sorting them, in a
 * fraction of that time. Indexes that back a constraint (primary keys, unique keys, foreign keys) are never
 * touched, so nothing the application relies on for correctness is off; queries in the meantime are only
 * slower. PostgreSQL is left alone: it writes a million claims in under two minutes with every index in place.
 *
 * <p>Each definition is written to {@value #LEDGER} before its index is dropped and removed once the index is
 * back, so a server stopped while generating loses nothing: {@link #restoreLeftovers} (run at every start,
 * after the migrations) builds whatever is still listed there.
 */
public final class SuspendedIndexes implements AutoCloseable {

    static final String LEDGER = "factdesk_suspended_index";

    private static final Logger LOG = Logger.getLogger(SuspendedIndexes.class.getName());

    /** How many generations have indexes suspended on this server right now. */
    private static final AtomicInteger ACTIVE = new AtomicInteger();

    private final Connection connection;
    private final Map<String, String> dropped;
    /** Whether this generation counts in {@link #active()} until it is closed. */
    private boolean counted;

    private SuspendedIndexes(Connection connection, Map<String, String> dropped) {
        this.connection = connection;
        this.dropped = dropped;
    }

    /**
     * Whether a claim generation on this server has indexes suspended: its tables are being written or their
     * indexes built, and H2 locks a table while it builds an index on it, so background work reading them waits.
     */
    public static boolean active() {
        return ACTIVE.get() > 0;
    }

    /** Drops the plain indexes of {@code tables} on H2 (nothing elsewhere); {@link #close()} builds them again. */
    public static SuspendedIndexes suspend(Connection connection, String... tables) throws SQLException {
        Map<String, String> dropped = new LinkedHashMap<>();
        if (!isH2(connection)) {
            return new SuspendedIndexes(connection, dropped);
        }
        createLedger(connection);
        Map<String, String> definitions = plainIndexes(connection, tables);
        try (Statement s = connection.createStatement();
                PreparedStatement listed = connection.prepareStatement(
                        "merge into " + LEDGER + " (name, definition) key (name) values (?, ?)")) {
            for (Map.Entry<String, String> index : definitions.entrySet()) {
                listed.setString(1, index.getKey());
                listed.setString(2, index.getValue());
                listed.executeUpdate();
                s.execute("drop index " + index.getKey());
                dropped.put(index.getKey(), index.getValue());
            }
        } catch (SQLException e) {
            new SuspendedIndexes(connection, dropped).close();
            throw e;
        }
        LOG.info(() -> "Generating: " + dropped.size() + " indexes suspended while writing: " + dropped.keySet());
        SuspendedIndexes suspended = new SuspendedIndexes(connection, dropped);
        suspended.counted = true;
        ACTIVE.incrementAndGet();
        return suspended;
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
            String[] upper =
                    Arrays.stream(tables).map(t -> t.toUpperCase(Locale.ROOT)).toArray(String[]::new);
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
        columns.forEach((index, cols) -> definitions.put(
                quote(index),
                "create index if not exists " + quote(index) + " on " + quote(table.get(index)) + " ("
                        + String.join(", ", cols) + ")"));
        return definitions;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * Builds every index a stopped server left suspended (listed in {@value #LEDGER}); nothing on a database
     * other than H2 or when nothing is listed. Called at start-up, after the migrations.
     */
    public static void restoreLeftovers(Connection connection) throws SQLException {
        if (!isH2(connection)) {
            return;
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from information_schema.tables "
                        + "where table_schema = current_schema and table_name = upper('" + LEDGER + "')")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return; // claims were never generated here
            }
        }
        Map<String, String> listed = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select name, definition from " + LEDGER + " order by name")) {
            while (rs.next()) {
                listed.put(rs.getString(1), rs.getString(2));
            }
        }
        if (!listed.isEmpty()) {
            LOG.warning(() -> "Rebuilding " + listed.size() + " indexes left suspended by an interrupted claim "
                    + "generation: " + listed.keySet());
            new SuspendedIndexes(connection, listed).close();
        }
    }

    private static boolean isH2(Connection connection) throws SQLException {
        return "H2".equals(connection.getMetaData().getDatabaseProductName());
    }

    private static void createLedger(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("create table if not exists " + LEDGER
                    + " (name varchar(300) primary key, definition varchar(4000) not null)");
        }
    }

    /**
     * Builds the suspended indexes of {@code table} now, ahead of the others: H2 locks a table while it builds an
     * index on it, so whatever is to read that table meanwhile waits (or times out) until then.
     */
    public void restore(String table) throws SQLException {
        String on = " on " + quote(table.toUpperCase(Locale.ROOT)) + " (";
        Map<String, String> these = new LinkedHashMap<>();
        dropped.forEach((name, definition) -> {
            if (definition.contains(on)) {
                these.put(name, definition);
            }
        });
        SQLException failure = build(these);
        these.keySet().forEach(dropped::remove);
        if (failure != null) {
            throw failure;
        }
    }

    /** Builds every dropped index again; each one that fails is logged and the others still built. */
    @Override
    public void close() throws SQLException {
        SQLException failure = build(dropped);
        dropped.clear();
        if (counted) {
            counted = false;
            ACTIVE.decrementAndGet();
        }
        if (failure != null) {
            throw failure;
        }
    }

    private SQLException build(Map<String, String> indexes) {
        SQLException failure = null;
        for (Map.Entry<String, String> index : indexes.entrySet()) {
            String definition = index.getValue();
            try (Statement s = connection.createStatement();
                    PreparedStatement unlisted =
                            connection.prepareStatement("delete from " + LEDGER + " where name = ?")) {
                long started = System.nanoTime();
                s.execute(definition);
                unlisted.setString(1, index.getKey());
                unlisted.executeUpdate();
                long millis = (System.nanoTime() - started) / 1_000_000;
                LOG.info(() -> "Generating: index " + index.getKey() + " built again in " + millis + " ms");
            } catch (SQLException e) {
                LOG.severe(() -> "Could not rebuild an index after generating: " + definition + ": " + e.getMessage());
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        return failure;
    }
}
