package autogen.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The folder where autogen keeps what it can rebuild but need not: migrations compiled by javac, and embedded
 * databases with a history replayed. Everything in it is named by a key, a SHA-256 of all that it was made from
 * (the sources, the settings, this build of autogen), so an entry is never stale: a change makes another key. Entries
 * appear whole or not at all (written beside, then renamed), and one that cannot be read is deleted and rebuilt.
 * Any number of commands may share the folder at once.
 *
 * <p>{@code AUTOGEN_CACHE_DIR} names it ({@code off}: no cache); the default is {@code $XDG_CACHE_HOME/autogen}, or
 * {@code ~/.cache/autogen}.
 */
public final class Cache {

    /** No cache: everything is rebuilt by every command (in-process uses, tests of the engine). */
    public static final Cache OFF = new Cache(Optional.empty());

    private final Optional<Path> root;

    private Cache(Optional<Path> root) {
        this.root = root;
    }

    public static Cache at(Path root) {
        return new Cache(Optional.of(root.toAbsolutePath()));
    }

    /** The cache the environment names (see the class comment). */
    public static Cache fromEnvironment(Map<String, String> environment) {
        String named = environment.getOrDefault("AUTOGEN_CACHE_DIR", "").strip();
        if (named.equalsIgnoreCase("off")) return OFF;
        if (!named.isEmpty()) return at(Path.of(named));
        String xdg = environment.getOrDefault("XDG_CACHE_HOME", "").strip();
        if (!xdg.isEmpty()) return at(Path.of(xdg, "autogen"));
        String home = System.getProperty("user.home", "");
        return home.isEmpty() || home.equals("?") ? OFF : at(Path.of(home, ".cache", "autogen"));
    }

    /** The folder of one kind of entry, created if need be; empty when the cache is off or cannot be created. */
    Optional<Path> area(String name) {
        return root.flatMap(r -> {
            try {
                return Optional.of(Files.createDirectories(r.resolve(name)));
            } catch (IOException | UncheckedIOException e) {
                return Optional.empty();   // a read-only home, say: work without a cache
            }
        });
    }

    /** A key: the SHA-256 of the parts, each told apart from the next, in hex. */
    public static String key(Iterable<String> parts) {
        MessageDigest digest = sha256();
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * This build of autogen: its version and where its classes came from, with that file's size and time. A rebuilt
     * autogen may read databases and compile migrations differently, so nothing an older build made is reused.
     */
    public static final String BUILD = build();

    private static String build() {
        try {
            Path code = Path.of(Cache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis() + " " + Runtime.version();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown build " + UUID.randomUUID();   // then nothing is reused: never a wrong hit
        }
    }

    /** A fresh name beside {@code target}, for writing what is then moved to {@code target}. */
    static Path beside(Path target) {
        return target.resolveSibling(".tmp-" + UUID.randomUUID() + "-" + target.getFileName());
    }

    /**
     * Moves {@code written} (a file or a folder) to {@code target} in one step; when another command was first, its
     * entry (made from the same key, so equal) stays and {@code written} is deleted.
     */
    static void publish(Path written, Path target) throws IOException {
        try {
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Trees.delete(written);
            if (!Files.exists(target)) throw e;
        }
    }
}
