package autogen.revision;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What identifies a revision in the graph: its id, the revisions it follows, its message and creation time;
 * {@code replaces}: the revisions a squash stands for ({@link autogen.migration.Revision#replaces}), empty for others.
 */
public record RevisionInfo(String id, List<String> down, String message, String created, List<String> acknowledged,
        boolean transactional, boolean contract, List<String> replaces) {

    /** A revision that squashes none. */
    public RevisionInfo(String id, List<String> down, String message, String created, List<String> acknowledged,
            boolean transactional, boolean contract) {
        this(id, down, message, created, acknowledged, transactional, contract, List.of());
    }

    /** A revision that is no contract revision ({@link autogen.migration.Revision#contract}). */
    public RevisionInfo(String id, List<String> down, String message, String created, List<String> acknowledged,
            boolean transactional) {
        this(id, down, message, created, acknowledged, transactional, false);
    }

    private static final Pattern ID = Pattern.compile("[0-9a-f]{12}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public RevisionInfo {
        requireNonNull(id, "id");
        requireNonNull(message, "message");
        requireNonNull(created, "created");
        down = List.copyOf(down);
        acknowledged = List.copyOf(acknowledged);
        replaces = List.copyOf(replaces);
        if (!ID.matcher(id).matches())
            throw new IllegalArgumentException("revision id " + id + " is not twelve lower-case hex digits");
    }

    public RevisionInfo(String id, List<String> down, String message, String created) {
        this(id, down, message, created, List.of(), true);
    }

    public RevisionInfo nonTransactional() {
        return new RevisionInfo(id, down, message, created, acknowledged, false, contract, replaces);
    }

    /** This revision as the contract half of an expand/contract change. */
    public RevisionInfo asContract() {
        return new RevisionInfo(id, down, message, created, acknowledged, transactional, true, replaces);
    }

    /** This revision as the squash of {@code revisions}, oldest first. */
    public RevisionInfo replacing(List<String> revisions) {
        return new RevisionInfo(id, down, message, created, acknowledged, transactional, contract, revisions);
    }

    /** A fresh random id: twelve hex digits, as short as Alembic's and unlikely to clash across branches. */
    public static String newId() {
        var bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public boolean isBase() {
        return down.isEmpty();
    }
}
