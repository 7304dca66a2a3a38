package autogen.revision;

import autogen.MigrationException;
import autogen.ops.IrreversibleOperationException;
import autogen.ops.Operation;
import autogen.sql.PostgresDdl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What the history table records of an applied revision, to tell later whether it was edited.
 *
 * <p>Scheme {@code v2} (written now): two SHA-256 hashes of what the revision does, in both directions — its
 * recorded operations, and the SQL they render — {@code v2:<operations>:<sql>}. Formatting, comments, Javadoc and
 * imports do not change them; a doubled space inside a string literal does. A revision counts as edited only when
 * both differ: the same operations rendered to other SQL mean this autogen writes their SQL differently from the one
 * that applied them, and the same SQL from other operation records means the recording changed, neither of which
 * is an edit; a real edit changes both.
 *
 * <p>Scheme {@code v1} (rows written by earlier versions, no prefix): SHA-256 of the source with whitespace runs
 * folded. Such a row is checked the old way and rewritten in {@code v2} by the next {@code upgrade}.
 */
public final class Checksums {

    private static final String V2 = "v2:";
    private static final char BOM = '\uFEFF';

    private Checksums() {}

    /**
     * Per loaded migration (its revision and instance): recording and rendering a large revision is the costliest
     * thing a warm command does with it (half a second for 5000 tables), and the replay key, the replay and the edit
     * check each ask. Weak keys: a history dropped takes its checksums with it.
     */
    private static final Map<LoadedMigration, String> KNOWN = Collections.synchronizedMap(new WeakHashMap<>());

    /** The {@code v2} checksum of a migration: its operations and their SQL, upgrade then downgrade. */
    public static String of(LoadedMigration migration) {
        return KNOWN.computeIfAbsent(migration, Checksums::computed);
    }

    private static String computed(LoadedMigration migration) {
        var operations = new StringBuilder("transactional=").append(migration.info().transactional()).append('\n');
        // only when set: the checksums of every revision written before contract revisions existed stay as they were
        if (migration.info().contract()) operations.append("contract=true\n");
        if (!migration.info().replaces().isEmpty())
            operations.append("replaces=").append(String.join(",", migration.info().replaces())).append('\n');
        var sql = new StringBuilder(operations);
        var ddl = new PostgresDdl();
        for (boolean up : List.of(true, false)) {
            operations.append(up ? "upgrade\n" : "downgrade\n");
            sql.append(up ? "upgrade\n" : "downgrade\n");
            List<Operation> steps;
            try {
                steps = migration.operations(up);
            } catch (MigrationException e) {
                // a downgrade that throws when recorded is still something the revision does
                operations.append("-- cannot record: ").append(e.getMessage()).append('\n');
                sql.append("-- cannot record: ").append(e.getMessage()).append('\n');
                continue;
            }
            for (Operation op : steps) {
                operations.append(op).append('\n');
                try {
                    for (String statement : ddl.statements(List.of(op))) sql.append(statement).append(";\n");
                } catch (IrreversibleOperationException e) {
                    sql.append("-- fails: ").append(e.getMessage()).append('\n');
                }
            }
        }
        return V2 + sha256(operations.toString()) + ":" + sha256(sql.toString());
    }

    /**
     * Whether {@code migration} is what was applied with checksum {@code recorded}: in {@code v2}, unless both its
     * operations and its SQL changed; in {@code v1}, when its source (if known here) folds to the same text.
     */
    public static boolean matches(String recorded, LoadedMigration migration) {
        if (!recorded.startsWith(V2))
            return migration.source().map(path -> v1(Path.of(path)).equals(recorded)).orElse(true);
        String[] then = recorded.substring(V2.length()).split(":", 2);
        String[] now = of(migration).substring(V2.length()).split(":", 2);
        return then.length < 2 || then[0].equals(now[0]) || then[1].equals(now[1]);
    }

    /** Whether a recorded checksum is of the earlier scheme, to be rewritten once it is found to match. */
    public static boolean outdated(String recorded) {
        return !recorded.startsWith(V2);
    }

    /**
     * The {@code v1} checksum, as autogen wrote it before scheme {@code v2}: the source with whitespace runs folded to
     * one space (a byte-order mark ignored).
     */
    public static String v1(Path source) {
        try {
            return sha256(withoutBom(Files.readString(source)).strip().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw new MigrationException("cannot read " + source + " to check it: " + e.getMessage(), e);
        }
    }

    /** Source text without the byte-order mark some editors write first, which javac refuses. */
    public static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
