package dev.gcsync.sync.problem;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What went wrong reading or writing a file, as a person says it ("does not exist", "permission denied"),
 * never the exception's class name: {@code NoSuchFileException}'s own message is just the path.
 */
public final class IoTrouble {
    private IoTrouble() {}

    /** "does not exist", "is a folder, not a file", "cannot be read: permission denied", … */
    public static String describe(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "does not exist";
        }
        if (path != null && Files.isDirectory(path)) {
            return "is a folder, not a file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be opened: permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "is not UTF-8 text";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists and is not a folder";
        }
        if (e instanceof NotDirectoryException) {
            return "is not a folder";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() == null
                    ? "cannot be opened"
                    : "cannot be opened: " + fs.getReason().toLowerCase(Locale.ROOT);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() || message.equals(String.valueOf(path))
                ? "cannot be read"
                : "cannot be read: " + message;
    }
}
