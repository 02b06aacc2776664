package dev.gcsync.sync.journal;

import dev.gcsync.sync.problem.IoTrouble;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two gcsync runs from working on one state directory at once. An OS file lock, so it is released
 * when the process dies, even by {@code kill -9}; no stale lock file to clean up by hand.
 */
public final class StateDirLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private StateDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static StateDirLock acquire(Path stateDir) {
        try {
            Files.createDirectories(stateDir);
            Path file = stateDir.resolve("lock");
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new JournalException("another gcsync run is using the state directory " + stateDir
                        + "; wait for it to finish, or give this run its own --state-dir");
            }
            return new StateDirLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            throw new JournalException("another gcsync run in this process is using the state directory " + stateDir);
        } catch (IOException e) {
            throw new JournalException(
                    "cannot use the state directory " + stateDir + ": it "
                            + IoTrouble.describe(null, e) + " (give --state-dir a folder gcsync may"
                            + " create and write)",
                    e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock; nothing else to do.
        }
    }
}
