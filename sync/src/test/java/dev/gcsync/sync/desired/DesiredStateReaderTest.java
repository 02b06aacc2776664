package dev.gcsync.sync.desired;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.sync.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesiredStateReaderTest {
    @TempDir
    Path dir;

    private DesiredStateReader.Result read(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return new DesiredStateReader().read(List.of(file));
    }

    private String relative(Problem p) {
        return p.describe().replace(dir + "/", "");
    }

    @Test
    void readsTheYamlFormatOfTheUserGuide() throws IOException {
        var result = read("desired.yaml", """
                defaults: { skills: authoritative, languages: additive, queues: additive }
                users:
                  - email: ana.silva@example.com
                    title: Senior Agent
                    manager: boss@example.com
                    skills: { Billing: 4, "Spanish Support": 3.5 }
                    languages: { English: 5 }
                    queues: [ Billing Tier 1, Spanish Line ]
                  - username: bob
                queues:
                  - name: Billing Tier 1
                    wrapupCodes: [ Resolved, Escalated ]
                    wrapupCodes_mode: authoritative
                """);

        assertThat(result.problems().sorted()).isEmpty();
        DesiredState state = result.state();
        assertThat(state.modes().of(Facet.SKILLS)).isEqualTo(FacetMode.AUTHORITATIVE);
        assertThat(state.modes().of(Facet.QUEUES)).isEqualTo(FacetMode.ADDITIVE);
        DesiredUser ana = state.users().get(0);
        assertThat(ana.key()).isEqualTo(new UserKey(UserKey.Kind.EMAIL, "ana.silva@example.com"));
        assertThat(ana.pos().line()).isEqualTo(3);
        assertThat(ana.title().name()).isEqualTo("Senior Agent");
        assertThat(ana.skills())
                .extracting(Proficiency::name, Proficiency::value)
                .containsExactly(Tuple.tuple("Billing", 4.0), Tuple.tuple("Spanish Support", 3.5));
        assertThat(ana.queues()).extracting(Ref::name).containsExactly("Billing Tier 1", "Spanish Line");
        DesiredUser bob = state.users().get(1);
        assertThat(bob.skills()).as("absent facet = not managed").isNull();
        assertThat(state.queues().get(0).mode()).isEqualTo(FacetMode.AUTHORITATIVE);
        assertThat(state.queues().get(0).wrapupCodes()).extracting(Ref::name).containsExactly("Resolved", "Escalated");
    }

    @Test
    void readsJsonWithTheSameMeaning() throws IOException {
        var result = read("desired.json", """
                {"users": [{"email": "ana@example.com", "skills": {"Billing": 2}, "queues": []}]}
                """);

        assertThat(result.problems().sorted()).isEmpty();
        assertThat(result.state().users().get(0).skills()).hasSize(1);
        assertThat(result.state().users().get(0).queues())
                .as("empty list = none")
                .isEmpty();
    }

    @Test
    void readsCsvWithBomCrlfAndQuotedCells() throws IOException {
        var result = read(
                "users.csv",
                "\uFEFFemail,title,skills,languages,queues\r\n"
                        + "ana@example.com,\"Agent, Senior\",\"Billing:4;Spanish Support:3.5\",English:5,Billing Tier 1;Spanish Line\r\n"
                        + "bob@example.com,,,,\r\n");

        assertThat(result.problems().sorted()).isEmpty();
        DesiredUser ana = result.state().users().get(0);
        assertThat(ana.title().name()).isEqualTo("Agent, Senior");
        assertThat(ana.pos().line()).isEqualTo(2);
        assertThat(ana.skills()).extracting(Proficiency::name).containsExactly("Billing", "Spanish Support");
        assertThat(ana.queues()).extracting(Ref::name).containsExactly("Billing Tier 1", "Spanish Line");
        DesiredUser bob = result.state().users().get(1);
        assertThat(bob.title()).as("empty profile cell = unchanged").isNull();
        assertThat(bob.skills()).as("empty list cell = none").isEmpty();
        assertThat(bob.pos().line()).isEqualTo(3);
    }

    @Test
    void readsQueuesCsv() throws IOException {
        var result = read(
                "queues.csv", "queue,wrapupCodes,wrapupCodes_mode\nBilling Tier 1,Resolved;Escalated,authoritative\n");

        assertThat(result.problems().sorted()).isEmpty();
        DesiredQueue q = result.state().queues().get(0);
        assertThat(q.name().name()).isEqualTo("Billing Tier 1");
        assertThat(q.mode()).isEqualTo(FacetMode.AUTHORITATIVE);
        assertThat(q.wrapupCodes()).extracting(Ref::name).containsExactly("Resolved", "Escalated");
    }

    @Test
    void reportsEveryFormProblemOfACsvWithLineAndColumn() throws IOException {
        var result = read("users.csv", "email,skills,languages,colour\n" + "not-an-email,Billing:9,English:x,blue\n");

        assertThat(result.problems().sorted())
                .extracting(this::relative)
                .containsExactly("users.csv:1:4: column \"colour\": unknown column. Known columns: "
                        + "email,username,id,title,department,manager,skills,languages,queues");
    }

    @Test
    void reportsValueProblemsOfEveryRowAtOnce() throws IOException {
        var result = read(
                "users.csv",
                "email,skills,languages\n" + "not-an-email,Billing:9,English:x\n" + "ok@example.com,Billing,\n");

        assertThat(result.problems().sorted())
                .extracting(this::relative)
                .containsExactly(
                        "users.csv:2:1: email \"not-an-email\": malformed email address. Write it as name@domain, e.g. ana.silva@example.com",
                        "users.csv:2:2: skills.Billing \"9\": proficiency is outside 0–5. Write a number from 0 to 5, e.g. 3.5",
                        "users.csv:2:3: languages.English \"x\": proficiency is not a number. Write a number from 0 to 5, e.g. 3.5",
                        "users.csv:3:2: skills \"Billing\": no proficiency given. Write name:proficiency, e.g. Billing:3 (items separated by ';')");
        assertThat(result.state().users()).extracting(DesiredUser::wellFormed).containsExactly(false, false);
    }

    @Test
    void reportsYamlProblemsWithTheirLines() throws IOException {
        var result = read("desired.yaml", """
                users:
                  - email: ana@example.com
                    skils: { Billing: 4 }
                    languages: { English: six }
                  - title: No Key
                defaults: { skills: sometimes }
                """);

        assertThat(result.problems().sorted())
                .extracting(p -> p.pos().line() + " " + p.message())
                .containsExactly(
                        "3 unknown key",
                        "4 proficiency is not a number",
                        "5 the user has no email, username or id",
                        "6 unknown mode");
        assertThat(result.problems().sorted().get(0).hint()).startsWith("Did you mean \"skills\"?");
    }

    @Test
    void aKeyGivenTwiceIsAnError() throws IOException {
        var result = read("desired.yaml", "users:\n  - email: a@example.com\n    email: b@example.com\n");

        assertThat(result.problems().sorted()).singleElement().satisfies(p -> assertThat(p.describe())
                .contains("desired.yaml:3")
                .contains("given twice"));
    }

    @Test
    void anEmptyFileIsAnError() throws IOException {
        assertThat(read("empty.yaml", "").problems().sorted()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("the file is empty"));
        assertThat(read("empty.csv", "").problems().sorted()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("the file is empty"));
    }

    @Test
    void aSyntaxErrorNamesItsLine() throws IOException {
        var result = read("broken.json", "{\"users\": [\n{\"email\": \"a@example.com\",,}\n]}");

        assertThat(result.problems().sorted())
                .singleElement()
                .satisfies(p -> assertThat(p.pos().line()).isEqualTo(2))
                .satisfies(p -> assertThat(p.message()).startsWith("syntax error"));
    }

    @Test
    void aMissingFileIsAProblemNotACrash() {
        var result = new DesiredStateReader().read(List.of(dir.resolve("nope.yaml")));

        assertThat(result.problems().sorted()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("the file does not exist"));
    }
}
