package autogen.cache;

import autogen.embedded.Database;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Embedded databases with a history replayed, kept stopped in the cache under a key that names everything the replay
 * did (the revisions replayed with their checksums, the schema, the version table, this build of autogen): the next
 * {@code check} or {@code revision} on the same history starts the kept cluster instead of creating one and
 * replaying the history again. A snapshot records the PostgreSQL version that made it; a server of another version
 * does not use it, and a snapshot that does not start or answer is deleted and the database made anew.
 *
 * <p>A snapshot is started where it is (copying a cluster of a thousand tables, 8000 files, took longer than the
 * replay it saves), by one command at a time: {@code KEY.lock} beside it is held while its server runs. Commands
 * only read it (check and default expressions are tried in temporary tables, rolled back), and PostgreSQL stops it
 * cleanly, so it stays at its key's state; a command that finds it busy replays into a throwaway database instead.
 *
 * <p>The newest {@value #KEPT} snapshots are kept (each holds a whole cluster, tens of megabytes); a command that
 * makes one removes the oldest unused ones beyond that.
 */
public final class ReplaySnapshots {

    static final int KEPT = 4;
    private static final String MARKER = "autogen-snapshot.properties";
    /** A replay being made is locked by its embedded server (its lock file); older unlocked ones were left by a killed command. */
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
        Optional<Lock> lock = Lock.tryTake(area.get().resolve(key + ".lock"));
        if (lock.isEmpty()) return fresh(area.get(), snapshot, Optional.empty());   // another command has it
        Optional<String> version = version(snapshot);
        if (version.isPresent()) {
            Optional<Started> started = inPlace(snapshot, version.get(), lock.get());
            if (started.isPresent()) return started.get();
        }
        // none, cut short (a snapshot is published whole, marker included), broken, or of another server version
        try {
            Trees.delete(snapshot);
        } catch (IOException e) {
            lock.get().release();   // what is left cannot be replaced: replay into a throwaway database
            return fresh(area.get(), snapshot, Optional.empty());
        }
        return fresh(area.get(), snapshot, lock);
    }

    /** A cluster created in a folder of its own, published as the snapshot at close when kept (and {@code lock} held). */
    private static Started fresh(Path area, Path snapshot, Optional<Lock> lock) {
        Path made = area.resolve(".work-" + UUID.randomUUID());
        var started = new Started[1];
        Database db;
        try {
            db = Database.embeddedIn(made, () -> started[0].afterStop(made, snapshot, area, lock));
        } catch (RuntimeException e) {
            Trees.deleteQuietly(made);
            lock.ifPresent(Lock::release);
            throw e;
        }
        started[0] = new Started(db, false, lock.isPresent() ? made : null);
        return started[0];
    }

    private static Optional<Started> inPlace(Path snapshot, String version, Lock lock) {
        var usable = new AtomicBoolean(true);
        Database db;
        try {
            db = Database.embeddedIn(snapshot, () -> {
                if (!usable.get()) return;   // the caller keeps the lock to make the snapshot anew
                touch(snapshot);
                lock.release();
            });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        try (Connection c = db.connect(); var s = c.createStatement(); var rs = s.executeQuery("SHOW server_version")) {
            if (rs.next() && rs.getString(1).equals(version)) return Optional.of(new Started(db, true, null));
        } catch (SQLException | RuntimeException e) {
            // a snapshot the server cannot read is no snapshot
        }
        usable.set(false);
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

    private static void touch(Path snapshot) {
        try {
            Files.setLastModifiedTime(snapshot.resolve(MARKER), FileTime.from(Instant.now()));
        } catch (IOException e) {
            // the snapshot only looks older to the clean-up
        }
    }

    /** Clusters being made by a command that was killed: older than {@link #ABANDONED}, no server holding their lock file. */
    private static void removeAbandoned(Path area) {
        try (Stream<Path> entries = Files.list(area)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".work-") && !name.startsWith(".tmp-")) continue;
                if (Files.getLastModifiedTime(entry).toInstant().isAfter(Instant.now().minus(ABANDONED))) continue;
                deleteUnlessLocked(entry, entry.resolve("epg-lock"));
            }
        } catch (IOException | RuntimeException e) {
            // leftovers cost space, never correctness
        }
    }

    /** Deletes the least recently used snapshots beyond {@link #KEPT}, skipping any a command is using. */
    private static void removeOldest(Path area) {
        try (Stream<Path> entries = Files.list(area)) {
            List<Path> snapshots = entries.filter(e -> Files.isRegularFile(e.resolve(MARKER)))
                    .sorted(Comparator.comparing(ReplaySnapshots::lastUsed).reversed()).toList();
            for (Path old : snapshots.subList(Math.min(KEPT, snapshots.size()), snapshots.size()))
                deleteUnlessLocked(old, area.resolve(old.getFileName() + ".lock"));
        } catch (IOException | RuntimeException e) {
            // as above
        }
    }

    /** Deletes {@code folder} under its lock, unless a command holds the lock (a server running there). */
    private static void deleteUnlessLocked(Path folder, Path lockFile) {
        Optional<Lock> lock = Lock.tryTake(lockFile);
        if (lock.isEmpty()) return;
        try {
            Trees.deleteQuietly(folder);
        } finally {
            lock.get().release();
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
        /** The folder to publish as the snapshot when kept; null when it is not to be kept (busy, or from a snapshot). */
        private final Path made;
        private volatile String keptVersion;

        Started(Database database, boolean replayed, Path made) {
            this.database = database;
            this.replayed = replayed;
            this.made = made;
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
            if (made == null) return;
            try (Connection c = database.connect(); var s = c.createStatement(); var rs = s.executeQuery("SHOW server_version")) {
                if (rs.next()) keptVersion = rs.getString(1);
            } catch (SQLException | RuntimeException e) {
                keptVersion = null;   // not kept: the folder is deleted at close
            }
        }

        private void afterStop(Path made, Path snapshot, Path area, Optional<Lock> lock) throws IOException {
            try {
                if (keptVersion == null || lock.isEmpty()) {
                    Trees.delete(made);
                    return;
                }
                // the marker last: a folder without it was cut short and is never used
                var properties = new Properties();
                properties.setProperty("server_version", keptVersion);
                try (Writer out = Files.newBufferedWriter(made.resolve(MARKER), StandardCharsets.UTF_8)) {
                    properties.store(out, "an embedded database with a history replayed, kept by autogen");
                }
                Cache.publish(made, snapshot);
            } finally {
                lock.ifPresent(Lock::release);
            }
            removeOldest(area);
        }
    }
}
