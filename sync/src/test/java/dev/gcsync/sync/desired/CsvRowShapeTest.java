package dev.gcsync.sync.desired;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.gcsync.sync.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A row is read only when it has exactly the header's cells: any row written the usual way (quoted where it
 * must be) reads back as written, and the same row with a cell missing or one too many is one problem
 * naming both counts, with nothing of the row read as a facet.
 */
class CsvRowShapeTest {
    private static final CsvMapper CSV = new CsvMapper();

    @Provide
    Arbitrary<String> titles() {
        return Arbitraries.strings()
                .withChars("abcXYZ ,\"'-")
                .ofMinLength(1)
                .ofMaxLength(12)
                .filter(s -> !s.isBlank());
    }

    private static String line(List<String> cells) throws JsonProcessingException {
        return CSV.writer(CsvSchema.emptySchema()).writeValueAsString(List.of(cells));
    }

    private static DesiredStateReader.Result read(String text) throws IOException {
        Path dir = Files.createTempDirectory("csv-shape");
        Path file = dir.resolve("users.csv");
        Files.writeString(file, text);
        try {
            return new DesiredStateReader().read(List.of(file));
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }

    @Property(tries = 200)
    void aRowWrittenTheUsualWayReadsBackAsWritten(
            @ForAll("titles") String title, @ForAll @IntRange(min = 0, max = 5) int proficiency) throws IOException {
        String text = "email,title,skills,languages\n"
                + line(List.of("ana@example.com", title, "Billing:" + proficiency, ""));

        var result = read(text);

        assertThat(result.problems().sorted()).isEmpty();
        DesiredUser ana = result.state().users().get(0);
        assertThat(ana.title().name()).isEqualTo(title.trim());
        assertThat(ana.skills()).singleElement().satisfies(p -> assertThat(p.value())
                .isEqualTo(proficiency));
        assertThat(ana.languages())
                .as("a cell that is there and empty means none")
                .isEmpty();
    }

    @Property(tries = 200)
    void aRowOfAnotherLengthIsOneProblemAndIsNotRead(
            @ForAll("titles") String title, @ForAll @IntRange(min = 1, max = 7) int cells) throws IOException {
        List<String> header = List.of("email", "title", "skills", "languages");
        List<String> row = new ArrayList<>(List.of("ana@example.com", title, "Billing:3", "English:4", "x", "y", "z"));
        List<String> written = row.subList(0, cells);
        if (cells == header.size()) {
            written = new ArrayList<>(written);
            written.add("extra");
        }

        var result = read(line(header) + line(written));

        List<Problem> problems = result.problems().sorted();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pos().line()).isEqualTo(2);
            assertThat(p.message())
                    .isEqualTo("the row has " + (cells == header.size() ? 5 : cells) + " cell" + (cells == 1 ? "" : "s")
                            + " where the header has 4 columns");
            assertThat(p.hint()).endsWith("The row was not read");
        });
        assertThat(result.state().users()).allSatisfy(u -> {
            assertThat(u.wellFormed()).isFalse();
            assertThat(u.skills()).isNull();
            assertThat(u.languages()).isNull();
            assertThat(u.title()).isNull();
        });
    }
}
