package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The user guide's exit-code table is {@link ExitCodes#TABLE}, row for row. */
class ExitCodeTableTest {
    @Test
    void theUserGuidesTableIsTheOneTheCodeUses() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "user-guide.md"));
        int section = guide.indexOf("\n## Exit codes\n");
        assertThat(section).as("the user guide has an Exit codes section").isPositive();
        int start = guide.indexOf("| code |", section);
        int end = guide.indexOf("\n\n", start);
        assertThat(guide.substring(start, end + 1)).isEqualTo(ExitCodes.markdownTable());
    }
}
