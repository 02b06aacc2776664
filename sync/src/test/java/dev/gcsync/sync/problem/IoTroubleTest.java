package dev.gcsync.sync.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File errors in words; AccessDenied cannot be provoked for real here (the tests may run as root). */
class IoTroubleTest {
    @TempDir
    Path dir;

    @Test
    void saysWhatIsWrongInWordsNeverTheClassName() {
        Path f = dir.resolve("secret");
        assertThat(IoTrouble.describe(f, new NoSuchFileException(f.toString()))).isEqualTo("does not exist");
        assertThat(IoTrouble.describe(f, new AccessDeniedException(f.toString())))
                .isEqualTo("cannot be opened: permission denied");
        assertThat(IoTrouble.describe(dir, new IOException("Is a directory"))).isEqualTo("is a folder, not a file");
        assertThat(IoTrouble.describe(f, new MalformedInputException(1))).isEqualTo("is not UTF-8 text");
        assertThat(IoTrouble.describe(f, new FileSystemException(f.toString(), null, "Too many open files")))
                .isEqualTo("cannot be opened: too many open files");
        assertThat(IoTrouble.describe(null, new FileAlreadyExistsException(f.toString())))
                .isEqualTo("already exists and is not a folder");
        assertThat(IoTrouble.describe(null, new FileSystemException(f.toString())))
                .isEqualTo("cannot be opened");
        assertThat(IoTrouble.describe(f, new IOException(f.toString())))
                .as("a message that is only the path")
                .isEqualTo("cannot be read");
    }
}
