package org.factdesk.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one generated claim and everything a real one of its status would have around it, as batched JDBC
 * inserts on one connection. Each claim's rows derive from its index and the seed alone, so two workers can
 * write disjoint ranges without talking to each other, and a seed always produces the same newsroom.
 */
final class GeneratedRows implements AutoCloseable {

    static final int CLAIMS_PER_SOURCE = 4;
    static final int COMMIT_EVERY = 5_000;
    static final int CLAIMANTS = 2_000;

    /** Claims per batch; every table is flushed together, parents first, so foreign keys always hold. */
    private static final int BATCH = 500;

    private static final long YEARS = 3;

    private static final String[] PLACES = {
        "southern Idlib",
        "western Aleppo",
        "Latakia",
        "Kherson",
        "Gaza City",
        "Khartoum",
        "Mariupol",
        "Tigray",
        "Kabul",
        "Port-au-Prince",
        "Mosul",
        "Sanaa"
    };
    private static final String[] TEMPLATES = {
        "%d people were displaced from %s last week.",
        "%d artillery rounds hit government posts near %s.",
        "Food prices in %2$s rose by %1$d percent since March.",
        "%d civilians were killed in an air strike on %s.",
        "A convoy of %d trucks reached %s on Tuesday.",
        "%d schools in %s have been closed since the truce."
    };
    private static final String[] PUBLISHERS = {
        "Dawn", "Reuters", "AFP", "Al Jazeera", "BBC News", "The Guardian", "AP", "Le Monde"
    };
    private static final String[] VERBS = {"said", "claimed", "told reporters", "wrote", "according to"};
    private static final String[] ROLES = {"spokesman", "minister", "commander", "official", "activist", "analyst"};
    private static final String[] ORGANISATIONS = {
        "National Front for Liberation",
        "Ministry of Defence",
        "Syrian Observatory for Human Rights",
        "UN OCHA",
        "Red Crescent",
        "city council"
    };
    private static final String[] PRIORITIES = {
        "LOW", "LOW", "NORMAL", "NORMAL", "NORMAL", "NORMAL", "NORMAL", "HIGH", "HIGH", "URGENT"
    };
    private static final String[] EVIDENCE_KINDS = {
        "DOCUMENT", "OFFICIAL_STATEMENT", "EYEWITNESS", "IMAGERY", "DATA", "EXPERT"
    };
    private static final String[] STANCES = {"SUPPORTS", "REFUTES", "CONTEXT"};
    private static final String[] CREDIBILITY = {
        "CONFIRMED", "PROBABLY_TRUE", "POSSIBLY_TRUE", "DOUBTFUL", "IMPROBABLE", "CANNOT_BE_JUDGED"
    };

    /** What every claim points at, and where each table's new ids start. */
    record Reference(
            long seed,
            Instant now,
            String admin,
            List<Long> desks,
            List<String> checkers,
            List<Long> checkerIds,
            List<String> editors,
            List<Long> ratings,
            long claimantBase,
            long sourceBase,
            long verdictBase,
            long claimBase,
            long appearanceBase,
            long hedgeBase,
            long historyBase,
            long evidenceBase,
            long commentBase) {}

    /** Where a claim ended up, and how likely each end is: most closed, a few percent open. */
    enum Fate {
        DISMISSED(480),
        PUBLISHED(400),
        CORRECTED(20),
        NEW(30),
        TRIAGED(15),
        IN_REVIEW(35),
        AWAITING_APPROVAL(12),
        APPROVED(8);

        final int perMille;

        Fate(int perMille) {
            this.perMille = perMille;
        }

        static Fate draw(SplittableRandom random) {
            int roll = random.nextInt(1000);
            for (Fate fate : values()) {
                roll -= fate.perMille;
                if (roll < 0) {
                    return fate;
                }
            }
            return DISMISSED;
        }

        boolean open() {
            return this != DISMISSED && this != PUBLISHED && this != CORRECTED;
        }

        boolean hasVerdict() {
            return this == PUBLISHED || this == CORRECTED || this == AWAITING_APPROVAL || this == APPROVED;
        }
    }

    private final Reference ref;
    private final Table sources;
    private final Table verdicts;
    private final Table claims;
    private final Table appearances;
    private final Table hedges;
    private final Table history;
    private final Table evidence;
    private final Table comments;
    private final List<Table> order;

    GeneratedRows(Connection connection, Reference ref) throws SQLException {
        this.ref = ref;
        sources = new Table(connection, "source", "publisher, headline, url, dateline, published_on, body", 6);
        verdicts = new Table(
                connection,
                "verdict",
                "rating_id, summary, explanation, sources_cited, drafted_by, "
                        + "approved_by, approved_at, published_at, correction_note",
                9);
        claims = new Table(
                connection,
                "claim",
                "statement, quote, language, priority, due_at, desk_id, "
                        + "assignee_id, status, verdict_id, check_worthiness, claimant_id, reporting_verb, attribution_check",
                13);
        appearances = new Table(connection, "appearance", "claim_id, source_id, excerpt, start_offset, end_offset", 5);
        hedges = new Table(connection, "hedge", "appearance_id, kind, text", 3);
        history = new Table(
                connection, "status_change", "claim_id, transition, from_status, to_status, actor, " + "reason", 6);
        evidence = new Table(
                connection,
                "evidence",
                "claim_id, url, description, kind, stance, source_reliability, " + "information_credibility",
                7);
        comments = new Table(connection, "claim_comment", "claim_id, text", 2);
        // Parents before children, so that every flush satisfies the foreign keys.
        order = List.of(sources, verdicts, claims, appearances, hedges, history, evidence, comments);
    }

    /** The shared pool of people and organisations that generated claims are attributed to. */
    static void insertClaimants(Connection connection, long base, String admin) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Table claimants = new Table(connection, "claimant", "name, kind, role, affiliation", 4)) {
            for (int i = 1; i <= CLAIMANTS; i++) {
                boolean person = i % 5 != 0;
                claimants.row(
                        base + i,
                        now,
                        admin,
                        person ? "Speaker " + i : ORGANISATIONS[i % ORGANISATIONS.length] + " " + i,
                        person ? "PERSON" : "ORGANISATION",
                        person ? ROLES[i % ROLES.length] : null,
                        person ? ORGANISATIONS[i % ORGANISATIONS.length] : null);
            }
            claimants.flush();
        }
    }

    private int unflushed;

    void claim(int i) throws SQLException {
        write(i);
        if (++unflushed == BATCH) {
            flush();
        }
    }

    /**
     * A claim's own values and those of its source and verdict, drawn from the seed and the claim's index alone,
     * so that the rows and the claim's search document ({@link GeneratedDocuments}) come from one draw. The rows
     * around the claim (history, evidence, comments) go on drawing from {@code random}.
     */
    record Drawn(
            SplittableRandom random,
            long claimId,
            Fate fate,
            Instant created,
            Instant closed,
            String place,
            String statement,
            String publisher,
            boolean attributed,
            String checker,
            Long checkerId,
            String editor,
            String approver,
            long ratingId,
            int sourcesCited,
            Instant due,
            long claimantId,
            String priority,
            long deskId,
            double checkWorthiness,
            String verb) {

        Instant modified() {
            return fate.open() ? created : closed;
        }

        /** Fact-checkers hold the claims they review; triaged, new and dismissed ones are nobody's. */
        boolean assigned() {
            return checkerId != null && fate != Fate.NEW && fate != Fate.TRIAGED && fate != Fate.DISMISSED;
        }

        /** When the verdict went out: published and corrected claims only. */
        Instant publishedAt() {
            return fate == Fate.PUBLISHED || fate == Fate.CORRECTED ? closed : null;
        }
    }

    static Drawn draw(Reference ref, int i) {
        SplittableRandom random = new SplittableRandom(ref.seed() * 1_000_003L + i);
        Fate fate = Fate.draw(random);
        long age = fate.open()
                ? random.nextLong(Duration.ofDays(30).toMinutes())
                : random.nextLong(Duration.ofDays(365 * YEARS).toMinutes());
        Instant created = ref.now().minus(Duration.ofMinutes(age));
        // closed up to five days after it was opened, but never later than now (a verdict is not published ahead)
        Instant closed = created.plus(Duration.ofHours(1 + random.nextInt(24 * 5)));
        if (closed.isAfter(ref.now())) {
            closed = ref.now();
        }
        String place = PLACES[random.nextInt(PLACES.length)];
        String statement = String.format(TEMPLATES[random.nextInt(TEMPLATES.length)], 10 + random.nextInt(5000), place);
        String publisher = i % CLAIMS_PER_SOURCE == 0 ? PUBLISHERS[random.nextInt(PUBLISHERS.length)] : null;

        boolean attributed = random.nextInt(100) < 65;
        String checker = ref.checkers().isEmpty()
                ? null
                : ref.checkers().get(random.nextInt(ref.checkers().size()));
        Long checkerId =
                checker == null ? null : ref.checkerIds().get(ref.checkers().indexOf(checker));
        String editor = ref.editors().get(random.nextInt(ref.editors().size()));
        String approver = ref.editors().size() > 1
                ? ref.editors()
                        .get((ref.editors().indexOf(editor) + 1) % ref.editors().size())
                : editor;
        long ratingId = 0;
        int sourcesCited = 0;
        if (fate.hasVerdict()) {
            ratingId = ref.ratings().get(random.nextInt(ref.ratings().size()));
            sourcesCited = 1 + random.nextInt(4);
        }
        Instant due = fate.open() || random.nextInt(3) > 0
                ? created.plus(Duration.ofHours(6 + random.nextInt(24 * 6)))
                : null;
        long claimantId = ref.claimantBase() + 1 + random.nextInt(CLAIMANTS);
        String priority = PRIORITIES[random.nextInt(PRIORITIES.length)];
        long deskId = ref.desks().get(random.nextInt(ref.desks().size()));
        double checkWorthiness = Math.round(random.nextDouble() * 100) / 100.0;
        String verb = attributed ? VERBS[random.nextInt(VERBS.length)] : null;
        return new Drawn(
                random,
                ref.claimBase() + i + 1,
                fate,
                created,
                closed,
                place,
                statement,
                publisher,
                attributed,
                checker,
                checkerId,
                editor,
                approver,
                ratingId,
                sourcesCited,
                due,
                claimantId,
                priority,
                deskId,
                checkWorthiness,
                verb);
    }

    private void write(int i) throws SQLException {
        Drawn d = draw(ref, i);
        SplittableRandom random = d.random();
        Fate fate = d.fate();
        Instant created = d.created();
        Instant closed = d.closed();
        Timestamp createdAt = Timestamp.from(created);
        String admin = ref.admin();
        long claimId = d.claimId();
        String place = d.place();
        String statement = d.statement();
        String checker = d.checker();
        String editor = d.editor();
        String approver = d.approver();

        long sourceId = ref.sourceBase() + i / CLAIMS_PER_SOURCE + 1;
        if (d.publisher() != null) {
            sources.row(
                    sourceId,
                    createdAt,
                    admin,
                    d.publisher(),
                    "Report from " + place,
                    "https://news.example.org/" + d.publisher().toLowerCase().replace(' ', '-') + "/" + sourceId,
                    place,
                    Date.valueOf(created.atZone(ZoneOffset.UTC).toLocalDate()),
                    null);
        }

        Long verdictId = null;
        if (fate.hasVerdict()) {
            verdictId = ref.verdictBase() + i + 1;
            boolean approved = fate != Fate.AWAITING_APPROVAL;
            verdicts.row(
                    verdictId,
                    createdAt,
                    admin,
                    d.ratingId(),
                    "Checked against " + d.sourcesCited() + " independent sources.",
                    null,
                    null,
                    checker == null ? admin : checker,
                    approved ? approver : null,
                    approved ? Timestamp.from(closed) : null,
                    d.publishedAt() == null ? null : Timestamp.from(d.publishedAt()),
                    fate == Fate.CORRECTED ? "The figure was corrected after a new count." : null);
        }

        claims.row(
                claimId,
                createdAt,
                Timestamp.from(d.modified()),
                admin,
                statement,
                null,
                "en",
                d.priority(),
                d.due() == null ? null : Timestamp.from(d.due()),
                d.deskId(),
                d.assigned() ? d.checkerId() : null,
                fate.name(),
                verdictId,
                d.checkWorthiness(),
                d.attributed() ? d.claimantId() : null,
                d.verb(),
                d.attributed() ? "UNCONFIRMED" : null);

        long appearanceId = ref.appearanceBase() + i + 1;
        appearances.row(appearanceId, createdAt, admin, claimId, sourceId, statement, null, null);
        if (d.attributed() && random.nextInt(5) == 0) {
            hedges.row(
                    ref.hedgeBase() + i + 1,
                    createdAt,
                    admin,
                    appearanceId,
                    "UNVERIFIED",
                    "could not be independently verified");
        }

        history(fate, claimId, closed, editor, checker == null ? editor : checker, approver, random);

        int evidenceRows = fate.hasVerdict() ? 1 + random.nextInt(2) : fate == Fate.IN_REVIEW ? random.nextInt(2) : 0;
        for (int e = 0; e < evidenceRows; e++) {
            evidence.row(
                    ref.evidenceBase() + 2L * i + e + 1,
                    createdAt,
                    admin,
                    claimId,
                    "https://data.example.org/record/" + claimId + "/" + e,
                    "Record consulted for " + place,
                    EVIDENCE_KINDS[random.nextInt(EVIDENCE_KINDS.length)],
                    STANCES[random.nextInt(STANCES.length)],
                    String.valueOf((char) ('A' + random.nextInt(6))),
                    CREDIBILITY[random.nextInt(CREDIBILITY.length)]);
        }
        if (random.nextInt(10) < 3) {
            comments.row(
                    ref.commentBase() + i + 1,
                    createdAt,
                    admin,
                    claimId,
                    "Checking the count for " + place + " against the monitor's list.");
        }
    }

    /** The moves that brought the claim to its status, in order. */
    private void history(
            Fate fate,
            long claimId,
            Instant closed,
            String editor,
            String checker,
            String approver,
            SplittableRandom random)
            throws SQLException {
        List<String[]> moves = new ArrayList<>();
        switch (fate) {
            case NEW -> {}
            case DISMISSED -> {
                if (random.nextBoolean()) {
                    moves.add(new String[] {"TRIAGE", "NEW", "TRIAGED", editor, null});
                    moves.add(new String[] {"DISMISS", "TRIAGED", "DISMISSED", editor, "Not checkable"});
                } else {
                    moves.add(new String[] {"DISMISS", "NEW", "DISMISSED", editor, "Opinion, not a factual claim"});
                }
            }
            default -> {
                moves.add(new String[] {"TRIAGE", "NEW", "TRIAGED", editor, null});
                if (fate != Fate.TRIAGED) {
                    moves.add(new String[] {"ASSIGN", "TRIAGED", "IN_REVIEW", editor, null});
                }
                if (fate.hasVerdict()) {
                    moves.add(new String[] {"SUBMIT", "IN_REVIEW", "AWAITING_APPROVAL", checker, null});
                }
                if (fate == Fate.APPROVED || fate == Fate.PUBLISHED || fate == Fate.CORRECTED) {
                    moves.add(new String[] {"APPROVE", "AWAITING_APPROVAL", "APPROVED", approver, null});
                }
                if (fate == Fate.PUBLISHED || fate == Fate.CORRECTED) {
                    moves.add(new String[] {"PUBLISH", "APPROVED", "PUBLISHED", editor, null});
                }
                if (fate == Fate.CORRECTED) {
                    moves.add(new String[] {"CORRECT", "PUBLISHED", "CORRECTED", editor, "New count"});
                }
            }
        }
        Timestamp at = Timestamp.from(closed);
        for (int m = 0; m < moves.size(); m++) {
            String[] move = moves.get(m);
            history.row(
                    ref.historyBase() + 8L * (claimId - ref.claimBase()) + m,
                    at,
                    move[3],
                    claimId,
                    move[0],
                    move[1],
                    move[2],
                    move[3],
                    move[4]);
        }
    }

    void flush() throws SQLException {
        for (Table table : order) {
            table.flush();
        }
        unflushed = 0;
    }

    @Override
    public void close() throws SQLException {
        for (Table table : order) {
            table.close();
        }
    }

    /**
     * One table's batched insert: id, the audit columns, then the table's own. {@code row} takes the id, the
     * created (and optionally modified) time and the user, then the values.
     */
    private static final class Table implements AutoCloseable {

        private final PreparedStatement insert;
        private final int columns;
        private int pending;

        Table(Connection connection, String table, String ownColumns, int columns) throws SQLException {
            this.columns = columns;
            String marks = "?, ".repeat(columns + 5) + "0";
            insert = connection.prepareStatement("insert into " + table + " (id, created_at, modified_at, created_by, "
                    + "modified_by, " + ownColumns + ", version) values (" + marks + ")");
        }

        void row(long id, Timestamp created, String user, Object... values) throws SQLException {
            row(id, created, created, user, values);
        }

        void row(long id, Timestamp created, Timestamp modified, String user, Object... values) throws SQLException {
            if (values.length != columns) {
                throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
            }
            insert.setLong(1, id);
            insert.setTimestamp(2, created);
            insert.setTimestamp(3, modified);
            insert.setString(4, user);
            insert.setString(5, user);
            for (int c = 0; c < values.length; c++) {
                Object value = values[c];
                int index = c + 6;
                if (value == null) {
                    insert.setNull(index, Types.NULL);
                } else if (value instanceof String text) {
                    insert.setString(index, text);
                } else if (value instanceof Long number) {
                    insert.setLong(index, number);
                } else if (value instanceof Integer number) {
                    insert.setInt(index, number);
                } else if (value instanceof Double number) {
                    insert.setDouble(index, number);
                } else if (value instanceof Timestamp time) {
                    insert.setTimestamp(index, time);
                } else if (value instanceof Date date) {
                    insert.setDate(index, date);
                } else {
                    throw new IllegalArgumentException("unsupported value " + value.getClass());
                }
            }
            insert.addBatch();
            pending++;
        }

        void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }
}
