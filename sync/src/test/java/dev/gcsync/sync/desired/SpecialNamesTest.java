package dev.gcsync.sync.desired;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/file-format.md, "Names with special characters", read back as the names they show. */
class SpecialNamesTest {
    @TempDir
    Path dir;

    @Test
    void theYamlExampleReadsBackItsNames() throws IOException {
        DesiredUser ana = read("d.yaml", """
                users:
                  - email: ana.silva@example.com
                    title: "Team Lead, Nights"
                    department: =Cost Centre 12
                    skills: { "Refunds, Disputes": 4, '"VIP" Care': 5, "@Mentions": 2.5, "2024": 1, 日本語サポート: 3 }
                    queues: [ "Sales; EMEA", "Claims: Motor", "Yes", "Night Queue " ]
                """).get(0);

        assertThat(ana.title().name()).isEqualTo("Team Lead, Nights");
        assertThat(ana.department().name()).isEqualTo("=Cost Centre 12");
        assertThat(ana.skills())
                .extracting(Proficiency::name)
                .containsExactly("Refunds, Disputes", "\"VIP\" Care", "@Mentions", "2024", "日本語サポート");
        assertThat(ana.queues())
                .extracting(Ref::name)
                .containsExactly("Sales; EMEA", "Claims: Motor", "Yes", "Night Queue");
    }

    @Test
    void theCsvExampleReadsBackItsNames() throws IOException {
        List<DesiredUser> users = read("users.csv", """
                email,title,department,manager,skills,languages,queues
                ana.silva@example.com,"Team Lead, Nights",\\=Cost Centre 12,,"\\+Upsell:4;Refunds, Disputes:3;Tier\\:2:1",Français:5,Sales\\; EMEA;Back\\\\Office
                bob.lee@example.com,,,,""\"VIP"" Care:4.5",,
                """);

        DesiredUser ana = users.get(0);
        assertThat(ana.title().name()).isEqualTo("Team Lead, Nights");
        assertThat(ana.department().name()).isEqualTo("=Cost Centre 12");
        assertThat(ana.skills())
                .extracting(Proficiency::name, Proficiency::value)
                .containsExactly(
                        Tuple.tuple("+Upsell", 4.0), Tuple.tuple("Refunds, Disputes", 3.0), Tuple.tuple("Tier:2", 1.0));
        assertThat(ana.queues()).extracting(Ref::name).containsExactly("Sales; EMEA", "Back\\Office");
        assertThat(users.get(1).skills()).extracting(Proficiency::name).containsExactly("\"VIP\" Care");
    }

    private List<DesiredUser> read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        var read = new DesiredStateReader().read(List.of(file));
        assertThat(read.problems().sorted()).isEmpty();
        return read.state().users();
    }
}
