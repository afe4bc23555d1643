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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.factdesk.model.account.Role;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.queue.ClaimFilter;
import org.factdesk.service.queue.ClaimQueue;
import org.factdesk.service.queue.ClaimSort;

/**
 * Measures, inside the server, how long a queue page (25 rows, filtered and sorted, with its total count)
 * takes through the service — JPA, entity loading, the count — next to the same two SQL statements run
 * directly on the datasource. The gap is what the application adds over the database.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QueueBenchmark {

    public static final int PAGE = 25;

    @Resource(lookup = "java:jboss/datasources/FactdeskDS")
    DataSource dataSource;

    @Inject
    ClaimQueue queue;

    @Inject
    AccountService accounts;

    /** Timings of one scenario in milliseconds: median and 95th percentile over the runs. */
    public record Timing(String scenario, long claims, long matching, int runs, double serviceMedian,
            double service95, double sqlMedian, double sql95) {
    }

    private record Scenario(String name, ClaimFilter filter, List<ClaimSort> sorts, String where, String order,
            List<String> parameters) {
    }

    private static final String PRIORITY_RANK = "case c.priority when 'URGENT' then 3 when 'HIGH' then 2 "
            + "when 'NORMAL' then 1 when 'LOW' then 0 else 0 end";

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("open claims on one desk, right claims first",
                    new ClaimFilter(Set.of(ClaimStatus.NEW, ClaimStatus.TRIAGED, ClaimStatus.IN_REVIEW,
                            ClaimStatus.AWAITING_APPROVAL), "middle-east", null, false, null, false, false),
                    ClaimSort.DEFAULT,
                    "c.status in (?, ?, ?, ?) and d.code = ?",
                    PRIORITY_RANK + " desc, coalesce(c.due_at, timestamp '9999-12-31 00:00:00') asc, "
                            + "c.created_at desc, c.id desc",
                    List.of("NEW", "TRIAGED", "IN_REVIEW", "AWAITING_APPROVAL", "middle-east")),
            new Scenario("text search, most check-worthy first",
                    new ClaimFilter(Set.of(), null, null, false, "displaced", false, false),
                    List.of(new ClaimSort(ClaimSort.Field.CHECK_WORTHINESS, false)),
                    "(lower(c.statement) like ? or lower(c.quote) like ?)",
                    "coalesce(c.check_worthiness, -1) desc, c.id desc",
                    List.of("%displaced%", "%displaced%")));

    public List<Timing> run(int runs) {
        accounts.requireRole(Role.ADMIN);
        List<Timing> timings = new ArrayList<>();
        long claims = sqlCount("select count(*) from claim", List.of());
        for (Scenario scenario : SCENARIOS) {
            long[] matching = new long[1];
            double[] service = measure(runs, () -> {
                matching[0] = queue.page(scenario.filter(), scenario.sorts(), 0, PAGE).total();
                return matching[0];
            });
            double[] sql = measure(runs, () -> direct(scenario));
            timings.add(new Timing(scenario.name(), claims, matching[0], runs, percentile(service, 50),
                    percentile(service, 95), percentile(sql, 50), percentile(sql, 95)));
        }
        return timings;
    }

    /** The page and its count, as the service asks for them, straight through JDBC. */
    private long direct(Scenario scenario) {
        String from = " from claim c join desk d on d.id = c.desk_id left join app_user u on u.id = c.assignee_id"
                + " where " + scenario.where();
        String page = "select c.id, c.statement, c.status, c.priority, c.due_at, d.name, u.display_name, "
                + "c.check_worthiness, c.created_at" + from + " order by " + scenario.order()
                + " offset 0 rows fetch first " + PAGE + " rows only";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, page, scenario.parameters());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sqlCount("select count(*)" + from, scenario.parameters());
    }

    private long sqlCount(String sql, List<String> parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<String> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setString(i + 1, parameters.get(i));
        }
        return statement;
    }

    /** Runs the work once to warm up, then {@code runs} times, and returns the durations in ms, sorted. */
    private static double[] measure(int runs, LongSupplier work) {
        work.getAsLong();
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.getAsLong();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return Math.round(sorted[Math.max(0, Math.min(index, sorted.length - 1))] * 10) / 10.0;
    }
}
