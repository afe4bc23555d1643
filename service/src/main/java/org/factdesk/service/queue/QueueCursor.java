package org.factdesk.service.queue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.factdesk.model.claim.Claim;
import org.factdesk.service.common.InvalidInputException;

/**
 * Where a page of a queue ends, so that the next (or previous) page starts right there: the sort keys of the
 * boundary row, as an opaque token. The engine then asks for the rows past those keys (keyset paging), which
 * costs the same on page 2,000 as on page 1, where skipping an offset makes it sort and keep every row before
 * it. Rows added or removed meanwhile shift nothing: the next page starts after the last row the user saw.
 *
 * <p>A token names the order it was made for; used with another order it is refused. Orders by relevance have
 * no token (a score is not a key a later query can compare with).
 *
 * @param direction which side of the boundary row the wanted page lies
 * @param token the boundary row's keys, as {@link #of} wrote them
 */
public record QueueCursor(Direction direction, String token) {

    private static final byte VERSION = 1;

    public enum Direction {
        /** The page after the row: "next". */
        AFTER,
        /** The page before the row: "previous". */
        BEFORE
    }

    public static QueueCursor after(String token) {
        return new QueueCursor(Direction.AFTER, token);
    }

    public static QueueCursor before(String token) {
        return new QueueCursor(Direction.BEFORE, token);
    }

    /** Whether rows in this order can be paged by their keys: every order but relevance to a text. */
    static boolean supports(List<ClaimSort> sorts, boolean hasText) {
        return !hasText || sorts.stream().noneMatch(s -> s.field() == ClaimSort.Field.RELEVANCE);
    }

    /** The token of a row in an order: each key's value as the index holds it, and the row's id. */
    static String of(List<ClaimSort> sorts, Claim claim) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(spec(sorts));
            for (ClaimSort sort : keyed(sorts)) {
                write(out, value(sort.field(), claim));
            }
            out.writeLong(claim.getId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /**
     * The boundary row's keys, one per sort key and then the id; refused (naming the parameter) when the token
     * is not one this version wrote for this order.
     */
    public List<Object> values(List<ClaimSort> sorts, String parameter) {
        try (DataInputStream in = new DataInputStream(
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(token)))) {
            if (in.readByte() != VERSION || !spec(sorts).equals(in.readUTF())) {
                throw refused(parameter);
            }
            List<Object> values = new ArrayList<>();
            for (ClaimSort sort : keyed(sorts)) {
                Object value = read(in);
                if (value != null && !type(sort.field()).isInstance(value)) {
                    throw refused(parameter);
                }
                values.add(value);
            }
            values.add(in.readLong());
            if (in.available() > 0) {
                throw refused(parameter);
            }
            return values;
        } catch (IOException | RuntimeException e) {
            throw refused(parameter);
        }
    }

    /** The sort keys a token holds: relevance (only without text, where it is ignored) holds none. */
    static List<ClaimSort> keyed(List<ClaimSort> sorts) {
        return sorts.stream()
                .filter(s -> s.field() != ClaimSort.Field.RELEVANCE)
                .toList();
    }

    private static String spec(List<ClaimSort> sorts) {
        return keyed(sorts).stream()
                .map(s -> s.field() + (s.ascending() ? "+" : "-"))
                .collect(Collectors.joining(","));
    }

    private static InvalidInputException refused(String parameter) {
        return new InvalidInputException(
                parameter,
                "error.queueCursor",
                "This page link belongs to another queue order or has been altered; start again from the first page");
    }

    /** The value the index sorts this row by; see {@link ClaimSearchQuery#sort}. */
    private static Object value(ClaimSort.Field field, Claim claim) {
        return switch (field) {
            case PRIORITY -> claim.getPriorityRank();
            case DUE -> claim.getDueAt();
            case CREATED -> claim.getCreatedAt();
            case MODIFIED -> claim.getModifiedAt();
            case STATUS -> claim.getStatus().name();
            case STATEMENT -> claim.getStatementSort();
            case CHECK_WORTHINESS -> claim.getCheckWorthiness();
            case DESK -> claim.getDesk().getName();
            case ASSIGNEE ->
                claim.getAssignee() == null ? null : claim.getAssignee().getDisplayName();
            case RELEVANCE -> throw new IllegalArgumentException("relevance has no key");
        };
    }

    private static Class<?> type(ClaimSort.Field field) {
        return switch (field) {
            case PRIORITY -> Integer.class;
            case DUE, CREATED, MODIFIED -> Instant.class;
            case CHECK_WORTHINESS -> Double.class;
            default -> String.class;
        };
    }

    private static void write(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte('n');
        } else if (value instanceof Integer number) {
            out.writeByte('i');
            out.writeInt(number);
        } else if (value instanceof Double number) {
            out.writeByte('d');
            out.writeDouble(number);
        } else if (value instanceof Instant instant) {
            out.writeByte('t');
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        } else {
            out.writeByte('s');
            out.writeUTF((String) value);
        }
    }

    private static Object read(DataInputStream in) throws IOException {
        return switch (in.readByte()) {
            case 'n' -> null;
            case 'i' -> in.readInt();
            case 'd' -> in.readDouble();
            case 't' -> Instant.ofEpochSecond(in.readLong(), in.readInt());
            case 's' -> in.readUTF();
            default -> throw new IOException("unknown value type");
        };
    }
}
