package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ErrorReporterTest {
    @Test
    void aFileErrorNamesTheFileAndWhatIsWrong() {
        assertThat(ErrorReporter.message(new NoSuchFileException("/srv/reports/x")))
                .startsWith("/srv/reports/x does not exist: check the path");
        assertThat(ErrorReporter.message(new UncheckedIOException(new AccessDeniedException("/srv/state"))))
                .startsWith("/srv/state cannot be opened: permission denied");
    }

    @Test
    void aBugIsNeverAClassNameButWhatToDo() {
        String npe = ErrorReporter.message(new NullPointerException());
        String jdk = ErrorReporter.message(new IllegalStateException("java.util.concurrent.Foo@1a2b broke"));

        assertThat(npe)
                .isEqualTo(jdk)
                .contains("GCSYNC_DEBUG=1")
                .doesNotContain("Exception")
                .doesNotContain("java.");
    }

    @Test
    void gcsyncsOwnSentencesArePrintedAsTheyAre() {
        assertThat(ErrorReporter.message(new IllegalArgumentException("no OAuth client id: give --client-id")))
                .isEqualTo("no OAuth client id: give --client-id");
    }
}
