package autogen.cache;

import autogen.embedded.Database;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Embedded databases with a history replayed, kept stopped in the cache under a key that names everything the replay
 * did (the revisions replayed with their checksums, the schema, the version table, this build of autogen): the next
 * {@code check} or {@code revision} on the same history starts a copy of one instead of creating a cluster and
 * replaying the history again. A snapshot records the PostgreSQL version that made it; a server of another version
 * does not use it. The copy, never the snapshot, is started, so a snapshot stays as it was made whatever the command
 * does; a snapshot that does not start or answer is deleted and the database made anew.
 *
 * <p>The newest {@value #KEPT} snapshots are kept (each holds a whole cluster, tens of megabytes); a command that
 * makes one removes the oldest beyond that.
 */
public final class ReplaySnapshots {

    static final int KEPT = 4;
    private static final String MARKER = "autogen-snapshot.properties";
    /** A copy still being used is locked by the embedded server (its lock file); older unlocked ones were left by a killed command. */
    private static final Duration ABANDONED = Duration.ofMinutes(10);

    private final Cache cache;

    public ReplaySnapshots(Cache cache) {
        this.cache = cache;
    }

    /**
     * An embedded database for {@code key}. When {@link Started#replayed()} it is already at the state the key names;
     * otherwise it is fresh, and after replaying into it the caller may {@link Started#keep()} it: once the server
     * has stopped, its folder becomes the snapshot.
     */
    public Started start(String key) {
        Optional<Path> area = cache.area("databases");
        if (area.isEmpty()) return new Started(Database.embeddedDefault(), false, null);
        removeAbandoned(area.get());
        Path snapshot = area.get().resolve(key);
        Path copy = area.get().resolve(".work-" + UUID.randomUUID());
        Optional<String> version = version(snapshot);
        // a snapshot is published whole, marker included: a folder of its name without one is a leftover
        if (version.isEmpty() && Files.exists(snapshot)) Trees.deleteQuietly(snapshot);
        if (version.isPresent()) {
            Optional<Started> started = fromSnapshot(snapshot, copy, version.get());
            if (started.isPresent()) return started.get();
            Trees.deleteQuietly(snapshot);   // does not start, or another server version: made anew below
        }
        var started = new Started[1];
        Database db = Database.embeddedIn(copy, () -> started[0].afterStop(copy, snapshot, area.get()));
        started[0] = new Started(db, false, copy);
        return started[0];
    }

    private Optional<Started> fromSnapshot(Path snapshot, Path copy, String version) {
        try {
            touch(snapshot);
            Trees.copy(snapshot, copy);
            Files.deleteIfExists(copy.resolve("postmaster.pid"));
        } catch (IOException | RuntimeException e) {
            Trees.deleteQuietly(copy);
            return Optional.empty();
        }
        Database db;
        try {
            db = Database.embeddedIn(copy, () -> Trees.delete(copy));
        } catch (RuntimeException e) {
            Trees.deleteQuietly(copy);
            return Optional.empty();
        }
        try (Connection c = db.connect(); var s = c.createStatement(); var rs = s.executeQuery("SHOW server_version")) {
            if (rs.next() && rs.getString(1).equals(version)) return Optional.of(new Started(db, true, null));
        } catch (SQLException | RuntimeException e) {
            // a snapshot the server cannot read is no snapshot
        }
        db.close();
        return Optional.empty();
    }

    /** The server version a complete snapshot records; empty when there is none (or it was cut short). */
    static Optional<String> version(Path snapshot) {
        Path marker = snapshot.resolve(MARKER);
        if (!Files.isRegularFile(marker)) return Optional.empty();
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(properties.getProperty("server_version"));
    }

    private static void touch(Path snapshot) throws IOException {
        Files.setLastModifiedTime(snapshot.resolve(MARKER), FileTime.from(Instant.now()));
    }

    /** Copies whose command was killed: older than {@link #ABANDONED} and not locked by a running server. */
    private static void removeAbandoned(Path area) {
        try (Stream<Path> entries = Files.list(area)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".work-") && !name.startsWith(".tmp-")) continue;
                if (Files.getLastModifiedTime(entry).toInstant().isAfter(Instant.now().minus(ABANDONED))) continue;
                if (!inUse(entry)) Trees.deleteQuietly(entry);
            }
        } catch (IOException | RuntimeException e) {
            // leftovers cost space, never correctness
        }
    }

    private static boolean inUse(Path copy) {
        Path lock = copy.resolve("epg-lock");
        if (!Files.exists(lock)) return false;
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE); var held = channel.tryLock()) {
            return held == null;
        } catch (IOException | RuntimeException e) {
            return true;   // locked by this JVM, or unreadable: leave it
        }
    }

    private static void removeOldest(Path area) {
        try (Stream<Path> entries = Files.list(area)) {
            List<Path> snapshots = entries.filter(e -> !e.getFileName().toString().startsWith("."))
                    .filter(e -> Files.isRegularFile(e.resolve(MARKER)))
                    .sorted(Comparator.comparing(ReplaySnapshots::lastUsed).reversed()).toList();
            snapshots.stream().skip(KEPT).forEach(Trees::deleteQuietly);
        } catch (IOException | RuntimeException e) {
            // as above
        }
    }

    private static Instant lastUsed(Path snapshot) {
        try {
            return Files.getLastModifiedTime(snapshot.resolve(MARKER)).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /** A started embedded database; {@code replayed}: it came from a snapshot, already at the key's state. */
    public static final class Started {
        private final Database database;
        private final boolean replayed;
        private final Path copy;
        private volatile String keptVersion;

        Started(Database database, boolean replayed, Path copy) {
            this.database = database;
            this.replayed = replayed;
            this.copy = copy;
        }

        public Database database() {
            return database;
        }

        public boolean replayed() {
            return replayed;
        }

        /**
         * Keeps this fresh database, as it is now, as the snapshot of its key once the server stops. Call it right
         * after the replay succeeded, before anything else changes the database.
         */
        public void keep() {
            if (copy == null) return;
            try (Connection c = database.connect(); var s = c.createStatement(); var rs = s.executeQuery("SHOW server_version")) {
                if (rs.next()) keptVersion = rs.getString(1);
            } catch (SQLException | RuntimeException e) {
                keptVersion = null;   // not kept: the folder is deleted at close
            }
        }

        private void afterStop(Path copy, Path snapshot, Path area) throws IOException {
            if (keptVersion == null) {
                Trees.delete(copy);
                return;
            }
            // the marker last: a folder without it was cut short and is never used
            var properties = new Properties();
            properties.setProperty("server_version", keptVersion);
            try (Writer out = Files.newBufferedWriter(copy.resolve(MARKER), StandardCharsets.UTF_8)) {
                properties.store(out, "an embedded database with a history replayed, kept by autogen");
            }
            Cache.publish(copy, snapshot);
            removeOldest(area);
        }
    }
}
