package dev.gcsync.sync.desired;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.sync.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: rows are exact, separators are named, messages are sentences, duplicates quote their own line. */
class ExactInputTest {
    @TempDir
    Path dir;

    private DesiredStateReader.Result read(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return new DesiredStateReader().read(List.of(file));
    }

    private List<String> described(DesiredStateReader.Result result) {
        return result.problems().sorted().stream()
                .map(Problem::describe)
                .map(d -> d.replace(dir + "/", ""))
                .toList();
    }

    @Test
    void aShortRowIsAProblemAndIsNotReadAsNone() throws IOException {
        var result = read(
                "users.csv",
                "email,title,skills,languages,queues\n"
                        + "ana@example.com,Agent,Billing:3,English:4,Billing Tier 1\n"
                        + "bob@example.com,Agent,Billing:3\n");

        assertThat(described(result))
                .singleElement()
                .asString()
                .startsWith(
                        "users.csv:3: the row has 3 cells where the header has 5 columns. Give every row all 5 cells");
        DesiredUser bob = result.state().users().get(1);
        assertThat(bob.wellFormed()).isFalse();
        assertThat(bob.languages()).as("a missing cell is not \"none\"").isNull();
        assertThat(bob.queues()).isNull();
        assertThat(result.state().users().get(0).wellFormed())
                .as("the other rows stay valid")
                .isTrue();
    }

    @Test
    void aDecimalCommaIsNamedWithTheNumberToWrite() throws IOException {
        var result = read("users.csv", "email,skills,languages\n" + "ana@example.com,Billing:3,5,English:4\n");

        assertThat(described(result))
                .singleElement()
                .asString()
                .contains("users.csv:2: the row has 4 cells where the header has 3 columns")
                .contains("\"Billing:3,5\" looks like a decimal comma: write 3.5");
        assertThat(result.state().users().get(0).skills())
                .as("never read as Billing 3")
                .isNull();
    }

    @Test
    void anUnquotedCommaInANameIsNamedWithTheQuotesToAdd() throws IOException {
        var result = read("users.csv", "email,title,skills\n" + "ana@example.com,Agent, Night Shift,Billing:3\n");

        assertThat(described(result))
                .singleElement()
                .asString()
                .contains("the row has 4 cells where the header has 3 columns")
                .contains("\"Agent, Night Shift\" looks like one value with a comma: put it in double quotes");
        assertThat(result.state().users().get(0).title())
                .as("never read as Agent")
                .isNull();
    }

    @Test
    void aSemicolonSeparatedFileIsRecognisedAndNamed() throws IOException {
        var result = read("users.csv", "Email;Skills;Queues\nana@example.com;Billing:3;Billing Tier 1\n");

        assertThat(described(result))
                .singleElement()
                .asString()
                .startsWith(
                        "users.csv:1: header \"Email;Skills;Queues\": the columns are separated by semicolons (';'),"
                                + " not by commas. gcsync reads comma-separated files")
                .doesNotContain("unknown column");
        assertThat(result.state().users()).isEmpty();
    }

    @Test
    void aTabSeparatedFileIsRecognisedAndNamed() throws IOException {
        var result = read("users.csv", "email\tskills\nana@example.com\tBilling:3\n");

        assertThat(described(result)).singleElement().asString().contains("separated by tabs, not by commas");
    }

    @Test
    void aHeaderEndingInACommaSaysSo() throws IOException {
        var result = read("users.csv", "email,skills,\nana@example.com,Billing:3,\n");

        assertThat(described(result))
                .singleElement()
                .asString()
                .startsWith("users.csv:1:3: column: the header has a column without a name")
                .contains("remove the extra comma");
    }

    @Test
    void anEmptyCellMeansNoneOnlyWhenItIsThere() throws IOException {
        var result = read("users.csv", "email,skills,queues\nana@example.com,,\n");

        assertThat(result.problems().isEmpty()).isTrue();
        assertThat(result.state().users().get(0).skills()).isEmpty();
        assertThat(result.state().users().get(0).queues()).isEmpty();
    }

    @Test
    void theSameBinaryBytesGiveTheSameMessageAsYamlAndAsCsv() throws IOException {
        byte[] bytes = {'u', 's', 'e', 'r', 's', ':', '\n', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0x00, 0x01};
        Files.write(dir.resolve("a.yaml"), bytes);
        Files.write(dir.resolve("a.csv"), bytes);

        var yaml = new DesiredStateReader().read(List.of(dir.resolve("a.yaml")));
        var csv = new DesiredStateReader().read(List.of(dir.resolve("a.csv")));

        assertThat(described(yaml))
                .singleElement()
                .asString()
                .startsWith("a.yaml:2: the file is not UTF-8 text. Save it as UTF-8")
                .doesNotContain("Exception");
        assertThat(described(csv))
                .singleElement()
                .asString()
                .startsWith("a.csv:2: the file is not UTF-8 text. Save it as UTF-8");
    }

    @Test
    void badIndentationIsASentenceAtItsLineNotSnakeYamlText() throws IOException {
        var result = read("desired.yaml", """
                users:
                  - email: ana@example.com
                    skills: { Billing: 3 }
                   languages: { English: 4 }
                """);

        assertThat(described(result))
                .singleElement()
                .asString()
                .startsWith("desired.yaml:4:")
                .contains("not indented like the lines of its block")
                .doesNotContain("while parsing")
                .doesNotContain("<block")
                .doesNotContain("Exception");
    }

    @Test
    void aTabIndentIsNamed() throws IOException {
        var result = read("desired.yaml", "users:\n\t- email: ana@example.com\n");

        assertThat(described(result))
                .singleElement()
                .asString()
                .startsWith("desired.yaml:2:")
                .contains("a tab character; YAML indents with spaces only");
    }

    @Test
    void anEmptyManagerIsRefusedNotIgnored() throws IOException {
        var result = read("desired.yaml", """
                users:
                  - email: ana@example.com
                    manager: null
                  - email: bob@example.com
                    manager:
                """);

        assertThat(result.problems().sorted())
                .extracting(p -> p.pos().line() + " " + p.field())
                .containsExactly("3 manager", "5 manager");
        assertThat(result.problems().sorted().get(0).describe())
                .contains("gcsync cannot remove a user's manager")
                .contains("Leave the manager key out to keep the manager");
        assertThat(result.state().users()).extracting(DesiredUser::wellFormed).containsExactly(false, false);
    }

    @Test
    void aUserListedTwiceQuotesEachLinesOwnSpellingAcrossFiles() throws IOException {
        Files.writeString(
                dir.resolve("a.yaml"), "users:\n  - email: Ana.Silva@example.com\n  - email: bob@example.com\n");
        Files.writeString(dir.resolve("b.csv"), "email,skills\nana.silva@EXAMPLE.com,Billing:3\n");

        var result = new DesiredStateReader().read(List.of(dir.resolve("a.yaml"), dir.resolve("b.csv")));

        assertThat(described(result))
                .containsExactly(
                        "a.yaml:2:5: email \"Ana.Silva@example.com\": the user is listed twice (also at b.csv:2). Keep one entry per user",
                        "b.csv:2: email \"ana.silva@EXAMPLE.com\": the user is listed twice (also at a.yaml:2). Keep one entry per user");
        assertThat(result.state().users()).extracting(DesiredUser::wellFormed).containsExactly(false, true, false);
    }

    @Test
    void anEntrysValidityIsItsOwn() throws IOException {
        var result = read("desired.yaml", """
                users:
                  - email: ana@example.com
                    skills: { Billing: 9 }
                  - email: bob@example.com
                    skills: { Billing: 3 }
                defaults: { skills: sometimes }
                queues:
                  - name: Billing
                    wrapupCodes_mode: maybe
                  - name: Sales
                """);

        assertThat(result.problems().sorted()).hasSize(3);
        assertThat(result.state().users()).extracting(DesiredUser::wellFormed).containsExactly(false, true);
        assertThat(result.state().queues()).extracting(DesiredQueue::wellFormed).containsExactly(false, true);
    }
}
