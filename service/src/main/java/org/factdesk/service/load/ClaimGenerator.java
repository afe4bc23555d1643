package org.factdesk.service.load;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.factdesk.model.account.Role;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.model.claim.Priority;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.common.InvalidInputException;

/**
 * Fills the database with realistic synthetic claims — spread over desks, statuses, priorities, due dates
 * and fact-checkers — so queue speed can be measured at 100,000 claims. Rows go in by JDBC batches in
 * chunks of their own transaction: the point is volume, so they bypass the entity layer (and its audit).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClaimGenerator {

    public static final int MAX = 1_000_000;
    static final String MARKER = "[generated]";
    private static final int CHUNK = 5_000;

    private static final String[] PLACES = {"southern Idlib", "western Aleppo", "Latakia", "Kherson", "Gaza City",
        "Khartoum", "Mariupol", "Tigray", "Kabul", "Port-au-Prince", "Mosul", "Sanaa"};
    private static final String[] TEMPLATES = {
        "%d people were displaced from %s last week.",
        "%d artillery rounds hit government posts near %s.",
        "Food prices in %2$s rose by %1$d percent since March.",
        "%d civilians were killed in an air strike on %s.",
        "A convoy of %d trucks reached %s on Tuesday.",
        "%d schools in %s have been closed since the truce."};
    /** Weighted like a real desk: most claims are open, a fair share published. */
    private static final ClaimStatus[] STATUS_MIX = {ClaimStatus.NEW, ClaimStatus.NEW, ClaimStatus.NEW,
        ClaimStatus.TRIAGED, ClaimStatus.TRIAGED, ClaimStatus.DISMISSED, ClaimStatus.IN_REVIEW, ClaimStatus.IN_REVIEW,
        ClaimStatus.IN_REVIEW, ClaimStatus.AWAITING_APPROVAL, ClaimStatus.APPROVED, ClaimStatus.PUBLISHED,
        ClaimStatus.PUBLISHED, ClaimStatus.CORRECTED};

    @Resource(lookup = "java:jboss/datasources/FactdeskDS")
    DataSource dataSource;

    @Inject
    AccountService accounts;

    /** Adds {@code count} generated claims; returns how many the database now holds in all. */
    public long generate(int count, long seed) {
        String admin = accounts.requireRole(Role.ADMIN).getUsername();
        if (count < 1 || count > MAX) {
            throw new InvalidInputException("count", "error.generateCount", "Generate 1 to " + MAX + " claims", MAX);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            List<Long> desks = ids(connection, "select id from desk");
            List<Long> checkers = ids(connection, "select u.id from app_user u join app_user_role r on r.user_id = u.id "
                    + "where r.role = 'FACT_CHECKER' and u.active = true");
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into claim (created_at, modified_at, "
                    + "created_by, modified_by, version, statement, quote, language, priority, due_at, desk_id, "
                    + "assignee_id, status, check_worthiness) values (?, ?, ?, ?, 0, ?, ?, 'en', ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    fill(insert, random, now, admin, desks, checkers, i);
                    insert.addBatch();
                    if ((i + 1) % 500 == 0) {
                        insert.executeBatch();
                    }
                    if ((i + 1) % CHUNK == 0) {
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            connection.setAutoCommit(true);
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select count(*) from claim")) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Generating claims failed", e);
        }
    }

    private static void fill(PreparedStatement insert, SplittableRandom random, Instant now, String admin,
            List<Long> desks, List<Long> checkers, int i) throws SQLException {
        Instant created = now.minus(Duration.ofMinutes(random.nextLong(60L * 24 * 90)));
        String statement = String.format(TEMPLATES[random.nextInt(TEMPLATES.length)], 10 + random.nextInt(5000),
                PLACES[random.nextInt(PLACES.length)]);
        ClaimStatus status = STATUS_MIX[random.nextInt(STATUS_MIX.length)];
        boolean assigned = status.ordinal() >= ClaimStatus.IN_REVIEW.ordinal() && !checkers.isEmpty();
        insert.setTimestamp(1, Timestamp.from(created));
        insert.setTimestamp(2, Timestamp.from(created));
        insert.setString(3, admin);
        insert.setString(4, admin);
        insert.setString(5, statement);
        insert.setString(6, MARKER + " " + statement);
        insert.setString(7, Priority.values()[random.nextInt(Priority.values().length)].name());
        if (random.nextInt(4) == 0) {
            insert.setNull(8, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            insert.setTimestamp(8, Timestamp.from(now.plus(Duration.ofHours(random.nextLong(-240, 240)))));
        }
        insert.setLong(9, desks.get(random.nextInt(desks.size())));
        if (assigned) {
            insert.setLong(10, checkers.get(random.nextInt(checkers.size())));
        } else {
            insert.setNull(10, Types.BIGINT);
        }
        insert.setString(11, status.name());
        insert.setDouble(12, Math.round(random.nextDouble() * 100) / 100.0);
    }

    private static List<Long> ids(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
