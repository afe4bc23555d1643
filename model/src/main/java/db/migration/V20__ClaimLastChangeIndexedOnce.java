package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A claim's last change was indexed twice: by itself ({@code ix_claim_modified}, V6) and after its status
 * ({@code ix_claim_status_modified}). The first served one question, asked once a start: the latest change of
 * all (SearchIndex compares it with the search index's, to find a change the index lost in a crash). Both
 * databases now answer that status by status from the second, which is built newest first, so that H2, which
 * reads an index only forwards, finds each status's latest change in its first row. Every save of a claim writes
 * one index entry fewer, and the claim generator on H2 builds one index fewer (10–16 seconds at 1,000,000 claims).
 * Queues never read either index: the search index answers them, and while it is rebuilt, a queue sorted by last
 * change over every status is sorted by the database, as the other orders without an index already are.
 *
 * <p>On H2, an index the claim generator had suspended when a server stopped is taken off its ledger as well, so
 * that the next start does not build the old one again. Building the new index took H2 11 seconds at a
 * million claims, once, at the first start after the upgrade.
 */
public class V20__ClaimLastChangeIndexedOnce extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V20__ClaimLastChangeIndexedOnce.class.getName());

    /** The claim generator's list of indexes it dropped while writing (SuspendedIndexes); on H2 only. */
    private static final String LEDGER = "FACTDESK_SUSPENDED_INDEX";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("drop index if exists ix_claim_modified");
            s.execute("drop index if exists ix_claim_status_modified");
            s.execute("create index ix_claim_status_modified on claim (status, modified_at desc)");
            boolean ledger;
            try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), LEDGER, null)) {
                ledger = tables.next();
            }
            if (ledger) {
                int unlisted = s.executeUpdate("delete from " + LEDGER
                        + " where name in ('\"IX_CLAIM_MODIFIED\"', '\"IX_CLAIM_STATUS_MODIFIED\"')");
                if (unlisted > 0) {
                    LOG.info(() -> unlisted + " index(es) of a claim's last change taken off the claim generator's "
                            + "suspended indexes; they are not built again");
                }
            }
        }
    }
}
