package autogen.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on a file, between processes and within this one (the Maven plugin may run commands on
 * several threads). Lock files are never deleted: deleting one another process holds open would let two hold it.
 */
final class Lock {
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private Lock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static Optional<Lock> tryTake(Path file) {
        Path key = file.toAbsolutePath().normalize();
        if (!HELD_HERE.add(key)) return Optional.empty();
        try {
            FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                HELD_HERE.remove(key);
                return Optional.empty();
            }
            return Optional.of(new Lock(key, channel, lock));
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(key);
            return Optional.empty();
        }
    }

    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock; the process's end does too
        } finally {
            HELD_HERE.remove(file);
        }
    }
}
