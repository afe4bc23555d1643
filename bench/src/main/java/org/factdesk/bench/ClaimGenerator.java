package org.factdesk.bench;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.factdesk.model.account.Role;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.search.SearchBackend;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.load.SuspendedIndexes;
import org.factdesk.service.search.SearchIndex;
import org.factdesk.service.search.SearchIndexState;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * Fills the database with a synthetic newsroom history — years of claims, most of them closed (dismissed or
 * published), a few percent open and spread over desks, fact-checkers, priorities and due dates (some
 * overdue), with attributions, sources and appearances, hedges, verdicts, evidence, comments and the status
 * history that led each claim where it is — so that speed can be measured at a million claims.
 *
 * <p>Rows go in by JDBC batches, two workers on disjoint id ranges, each committing in chunks: the point is
 * volume, so they bypass the entity layer (and its audit). Ids are assigned here, and every identity column
 * is moved past them at the end, so the application's own inserts carry on from there. On H2 the tables' plain
 * indexes are built after the rows rather than row by row ({@link SuspendedIndexes}), the claim table's first.
 * The new claims' search documents are written from what was drawn for their rows ({@link GeneratedDocuments}),
 * beside those index builds, when the search index was complete before; otherwise the index is rebuilt from the
 * database while H2 builds the other tables' indexes. The generator waits for both, so the claims are in every
 * queue and search when it returns.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClaimGenerator {

    private static final Logger LOG = Logger.getLogger(ClaimGenerator.class.getName());

    public static final int MAX = 1_000_000;
    private static final int WORKERS = 2;
    private static final Duration INDEX_WAIT = Duration.ofMinutes(15);
    private static final String[] TABLES = {
        "claimant", "source", "verdict", "claim", "appearance", "hedge", "status_change", "evidence", "claim_comment"
    };

    @Resource(lookup = "java:jboss/datasources/FactdeskDS")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @PersistenceUnit
    EntityManagerFactory emf;

    @Inject
    AccountService accounts;

    @Inject
    SearchIndex searchIndex;

    @Inject
    SearchIndexState indexState;

    /**
     * What a run did: rows added, claims now stored, and how long it took: writing the rows and building the
     * database's indexes, bringing the search index up to date (which begins when the rows are written, so the two
     * overlap), and the whole; and how the search index got the new claims: written by the {@code generator} from
     * what it drew, or by a {@code rebuild} from the database (when the index was not complete before).
     */
    public record Generated(
            int added,
            long total,
            long writeMillis,
            long indexMillis,
            long totalMillis,
            boolean indexed,
            String indexedBy) {}

    /**
     * Adds {@code count} generated claims with their history, and puts them in the search index. Administrators
     * only.
     */
    public Generated generate(int count, long seed) {
        String admin = accounts.requireRole(Role.ADMIN).getUsername();
        if (count < 1 || count > MAX) {
            throw new InvalidInputException("count", "error.generateCount", "Generate 1 to " + MAX + " claims", MAX);
        }
        long started = System.nanoTime();
        // An index that holds every stored claim lacks only the new ones: their documents are written from what the
        // generator drew (GeneratedDocuments). Otherwise (never checked, failed, being rebuilt) it is rebuilt from
        // the database afterwards. Either way queues are answered by the database until the new claims are in.
        // Servers that share the index through the outbox do not write documents from an indexing plan (it
        // records events that the agents load from the database), so they rebuild, which writes to the index.
        boolean documents = false;
        Future<Boolean> documentsWritten = null;
        try (Connection connection = dataSource.getConnection()) {
            // read (and refused, with nothing written) before the index is marked: a refusal rebuilds nothing
            GeneratedRows.Reference reference = reference(connection, admin, seed);
            documents = !SearchBackend.coordinated() && indexState.isReady() && indexState.startRebuild();
            long indexStart;
            try (SuspendedIndexes suspended = SuspendedIndexes.suspend(connection, TABLES)) {
                List<Future<?>> workers = new ArrayList<>();
                int share = (count / WORKERS / GeneratedRows.CLAIMS_PER_SOURCE + 1) * GeneratedRows.CLAIMS_PER_SOURCE;
                for (int from = 0; from < count; from += share) {
                    int first = from;
                    int last = Math.min(count, from + share);
                    workers.add(executor.submit(() -> write(reference, first, last)));
                }
                for (Future<?> worker : workers) {
                    worker.get();
                }
                long rowsMillis = (System.nanoTime() - started) / 1_000_000;
                LOG.info(() -> "Generating: the rows of " + count + " claims written in " + rowsMillis + " ms");
                indexStart = System.nanoTime();
                if (documents) {
                    // reads no claim table, so it runs beside the database's index builds, on the core they leave
                    documentsWritten = executor.submit(() -> writeDocuments(reference, count));
                }
                // A rebuild's mass indexer reads the claims (and their verdicts, claimants, desks and assignees) by
                // primary key. H2 locks a table while it builds an index on it, so the claim table's indexes come
                // first; a rebuild then runs while H2 builds the other tables' (one at a time, on one core), rather
                // than after them
                suspended.restore("claim");
                // before a rebuild reads: altering a table waits for its readers (PostgreSQL), or they for it (H2)
                for (String table : TABLES) {
                    moveIdentityPastRows(connection, table);
                }
                if (!documents) {
                    searchIndex.startRebuild();
                }
            }
            long writeMillis = (System.nanoTime() - started) / 1_000_000;
            boolean byGenerator = documentsWritten != null && documentsWritten.get();
            boolean indexed = indexState.awaitRebuild(INDEX_WAIT) && indexState.isReady();
            long indexMillis = (System.nanoTime() - indexStart) / 1_000_000;
            long totalMillis = (System.nanoTime() - started) / 1_000_000;
            return new Generated(
                    count,
                    count(connection, "claim"),
                    writeMillis,
                    indexMillis,
                    totalMillis,
                    indexed,
                    byGenerator ? "generator" : "rebuild");
        } catch (SQLException e) {
            throw new IllegalStateException("Generating claims failed", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Generating claims failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Generating claims interrupted", e);
        } finally {
            if (documents && documentsWritten == null) {
                // the rows stopped half way: the index is rebuilt from what the database holds
                rebuildInstead(new IllegalStateException("generating stopped before the search documents"));
            }
        }
    }

    /**
     * Writes the new claims' search documents, then makes them visible to every queue and marks the index ready. If
     * that fails, the index cannot tell which documents are missing, so it is rebuilt from the database.
     */
    private boolean writeDocuments(GeneratedRows.Reference reference, int count) {
        long started = System.nanoTime();
        try (EntityManager em = emf.createEntityManager()) {
            MassIndexingMonitor progress = indexState.monitor();
            progress.addToTotalCount(count);
            new GeneratedDocuments(em, reference).index(count, progress::documentsAdded);
            SearchWorkspace workspace = Search.session(em).workspace(Claim.class);
            workspace.flush();
            workspace.refresh();
            indexState.ready();
            LOG.info(() -> "Generating: the search documents of " + count + " claims written in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            return true;
        } catch (RuntimeException e) {
            rebuildInstead(e);
            return false;
        }
    }

    private void rebuildInstead(RuntimeException cause) {
        LOG.log(Level.WARNING, "Generating: search documents not written; the index is rebuilt instead", cause);
        indexState.failed(cause.getClass().getSimpleName());
        searchIndex.startRebuild();
    }

    private Void write(GeneratedRows.Reference reference, int first, int last) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (GeneratedRows rows = new GeneratedRows(connection, reference)) {
                for (int i = first; i < last; i++) {
                    rows.claim(i);
                    if ((i - first + 1) % GeneratedRows.COMMIT_EVERY == 0) {
                        rows.flush();
                        connection.commit();
                    }
                }
                rows.flush();
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return null;
    }

    /** The rows every generated claim points at: desks, people, ratings, a pool of claimants; id bases. */
    private GeneratedRows.Reference reference(Connection connection, String admin, long seed) throws SQLException {
        List<Long> desks = ids(connection, "select id from desk order by id");
        List<String> checkers = names(
                connection,
                "select u.username from app_user u join app_user_role r "
                        + "on r.user_id = u.id where r.role = 'FACT_CHECKER' and u.active = true order by u.id");
        List<Long> checkerIds = ids(
                connection,
                "select u.id from app_user u join app_user_role r "
                        + "on r.user_id = u.id where r.role = 'FACT_CHECKER' and u.active = true order by u.id");
        List<String> editors = names(
                connection,
                "select u.username from app_user u join app_user_role r "
                        + "on r.user_id = u.id where r.role = 'EDITOR' and u.active = true order by u.id");
        List<Long> ratings = ids(connection, "select id from rating order by position");
        if (desks.isEmpty() || ratings.isEmpty()) {
            throw new InvalidInputException(
                    "count", "error.generateNoDesk", "Generating needs at least one desk and one rating");
        }
        long claimantBase = maxId(connection, "claimant");
        connection.setAutoCommit(false);
        try {
            GeneratedRows.insertClaimants(connection, claimantBase, admin);
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
        return new GeneratedRows.Reference(
                seed,
                Instant.now(),
                admin,
                desks,
                checkers,
                checkerIds,
                editors.isEmpty() ? List.of(admin) : editors,
                ratings,
                claimantBase,
                maxId(connection, "source"),
                maxId(connection, "verdict"),
                maxId(connection, "claim"),
                maxId(connection, "appearance"),
                maxId(connection, "hedge"),
                maxId(connection, "status_change"),
                maxId(connection, "evidence"),
                maxId(connection, "claim_comment"));
    }

    /** Identity columns generate from their own counter: move it past the ids written here. */
    private static void moveIdentityPastRows(Connection connection, String table) throws SQLException {
        long next = maxId(connection, table) + 1;
        try (Statement s = connection.createStatement()) {
            s.execute("alter table " + table + " alter column id restart with " + next);
        }
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> ids(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static List<String> names(Connection connection, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
