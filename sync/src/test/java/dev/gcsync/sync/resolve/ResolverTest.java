package dev.gcsync.sync.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.sync.OrgFixture;
import dev.gcsync.sync.desired.DesiredStateReader;
import dev.gcsync.sync.org.Catalogue;
import dev.gcsync.sync.org.NamedId;
import dev.gcsync.sync.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolverTest {
    @TempDir
    Path dir;

    private Resolver.Result resolve(OrgFixture org, String yaml) throws IOException {
        Path file = dir.resolve("d.yaml");
        Files.writeString(file, yaml);
        var read = new DesiredStateReader().read(List.of(file));
        return new Resolver(org.catalogue, org.users).resolve(read.state(), read.problems());
    }

    @Test
    void matchesNamesAfterTrimmingAndIgnoringCase() throws IOException {
        var result = resolve(new OrgFixture(), """
                users:
                  - email: ANA@example.com
                    skills: { " billing ": 4 }
                    languages: { english: 5 }
                    queues: [ "vip" ]
                    manager: Boss@Example.com
                queues:
                  - name: billing tier 1
                    wrapupCodes: [ resolved ]
                """);

        assertThat(result.problems().sorted()).isEmpty();
        ResolvedUser ana = result.state().users().get(0);
        assertThat(ana.userId()).isEqualTo("u-ana");
        assertThat(ana.skills()).containsExactlyEntriesOf(Map.of("s-billing", 4.0));
        assertThat(ana.languages()).containsOnlyKeys("l-en");
        assertThat(ana.queues()).containsExactly("q-vip");
        assertThat(ana.managerId()).isEqualTo("u-boss");
        assertThat(result.state().queues().get(0).wrapupCodes()).containsExactly("w-res");
    }

    @Test
    void reportsEveryUnknownNameWithTheClosestExistingOnes() throws IOException {
        var result = resolve(new OrgFixture(), """
                users:
                  - email: ana@example.com
                    skills: { Biling: 4 }
                    languages: { Englsh: 5 }
                    queues: [ Billing Tier 2 ]
                    manager: bos@example.com
                  - email: nobody@example.com
                queues:
                  - name: VIP
                    wrapupCodes: [ Resolvd ]
                """);

        assertThat(result.problems().sorted())
                .extracting(p -> p.pos().line() + " " + p.field() + " " + p.value() + ": " + p.hint())
                .containsExactly(
                        "3 skill Biling: Did you mean \"Billing\"?",
                        "4 language Englsh: Did you mean \"English\"?",
                        "5 queue Billing Tier 2: Did you mean \"Billing Tier 1\"?",
                        "6 manager bos@example.com: Did you mean \"bob@example.com\", \"boss@example.com\"?",
                        "7 email nobody@example.com: Check the email in Genesys Cloud",
                        "10 wrap-up code Resolvd: Did you mean \"Resolved\"?");
        assertThat(result.state().users()).isEmpty();
        assertThat(result.state().skipped()).hasSize(3);
    }

    @Test
    void aUserListedTwiceIsReportedAtBothLines() throws IOException {
        var result = resolve(new OrgFixture(), """
                users:
                  - email: ana@example.com
                  - id: u-ana
                """);

        assertThat(result.problems().sorted()).extracting(p -> p.pos().line()).containsExactly(2, 3);
        assertThat(result.problems().sorted())
                .allSatisfy(p -> assertThat(p.message()).contains("listed twice"));
        assertThat(result.problems().sorted())
                .as("each line quotes its own spelling")
                .extracting(p -> p.field() + " " + p.value())
                .containsExactly("email ana@example.com", "id u-ana");
    }

    /** Resolves Ana's {@code skills} against the fixture's catalogue plus a skill "s-billing-2" named {@code name}. */
    private Resolver.Result withSecondBilling(String name, String skills) throws IOException {
        OrgFixture org = new OrgFixture();
        var all = new ArrayList<>(org.catalogue.skills());
        all.add(new NamedId("s-billing-2", name));
        var catalogue =
                new Catalogue(all, org.catalogue.languages(), org.catalogue.queues(), org.catalogue.wrapupCodes());
        Path file = dir.resolve("d.yaml");
        Files.writeString(file, "users:\n  - email: ana@example.com\n    skills: " + skills + "\n");
        var read = new DesiredStateReader().read(List.of(file));
        return new Resolver(catalogue, org.users).resolve(read.state(), read.problems());
    }

    @Test
    void aNameMatchingTwoCatalogueEntriesIsAmbiguous() throws IOException {
        var result = withSecondBilling("BILLING ", "{ billing: 1 }");

        assertThat(result.problems().sorted())
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .contains("matches more than one skill")
                .contains("s-billing-2");
    }

    @Test
    void aNameWrittenExactlyAsInTheOrgFindsItsEntryBesideOneDifferingOnlyInCase() throws IOException {
        var result = withSecondBilling("BILLING", "{ BILLING: 1, Billing: 2 }");

        assertThat(result.problems().sorted()).isEmpty();
        assertThat(result.state().users().get(0).skills())
                .containsExactlyInAnyOrderEntriesOf(Map.of("s-billing-2", 1.0, "s-billing", 2.0));
    }

    @Test
    void validUsersSurviveBesideInvalidOnes() throws IOException {
        var result = resolve(new OrgFixture(), """
                users:
                  - email: ana@example.com
                    skills: { Billing: 9 }
                  - email: bob@example.com
                    skills: { Billing: 1 }
                """);

        assertThat(result.problems().size()).isEqualTo(1);
        assertThat(result.state().users()).extracting(ResolvedUser::userId).containsExactly("u-bob");
        assertThat(result.state().skipped()).singleElement().asString().startsWith("ana@example.com");
    }

    @Test
    void everyEntryIsLabelledWithItsKeyAndWhereTheFileListsIt() throws IOException {
        var result = resolve(new OrgFixture(), """
                users:
                  - email: ana@example.com
                    skills: { Billing: 4 }
                  - email: nobody@example.com
                queues:
                  - name: Billing Tier 1
                    wrapupCodes: [ Resolved ]
                """);
        Path file = dir.resolve("d.yaml");

        assertThat(result.users())
                .extracting(Outcome::label)
                .containsExactly("ana@example.com (" + file + ":2:5)", "nobody@example.com (" + file + ":4:5)");
        assertThat(result.users().get(0)).isInstanceOf(Outcome.Resolved.class);
        assertThat(result.queues())
                .extracting(Outcome::label)
                .containsExactly("queue Billing Tier 1 (" + file + ":6:5)");
    }
}
