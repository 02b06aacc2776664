package dev.gcsync.genesys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.genesys.model.AutoAnswer;
import dev.gcsync.genesys.model.CatalogueEntry;
import dev.gcsync.genesys.model.OrgLimit;
import dev.gcsync.genesys.model.Proficiency;
import dev.gcsync.genesys.model.QueueMember;
import dev.gcsync.genesys.model.UpdateUser;
import dev.gcsync.genesys.model.User;
import dev.gcsync.genesys.model.UserRoutingSkill;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Round trips of the typed calls through the emulator over loopback. */
class TypedCallsTest {
    private static EmulatorFixture fx;
    private static GenesysClient client;

    @BeforeAll
    static void start() {
        fx = new EmulatorFixture(230, EmulatorFixture.FAST);
        client = fx.client();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void pagesThroughEveryUserByPageNumber() {
        List<User> users = client.allUsers(100, Set.of("skills", "languages"));
        assertThat(users).hasSize(230);
        assertThat(users.stream().map(User::id).collect(Collectors.toSet())).hasSize(230);
        assertThat(users.get(0).skills()).isNotNull();
        assertThat(fx.emulator.admin().counters().count("GET /api/v2/users", 200))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void pagesByCursor() {
        List<User> viaCursor = new ArrayList<>();
        var page = client.usersQueryPage(100, null, Set.of());
        viaCursor.addAll(page.entities());
        while (page.hasNext()) {
            page = client.usersQueryPage(100, page.cursor(), Set.of());
            viaCursor.addAll(page.entities());
        }
        assertThat(viaCursor).extracting(User::id).doesNotHaveDuplicates().hasSize(230);
    }

    @Test
    void replacesAndUpdatesSkillsInBulk() {
        String userId = client.usersPage(1, 5, Set.of()).entities().get(0).id();
        List<CatalogueEntry> catalogue = client.skills();
        assertThat(catalogue).hasSizeGreaterThan(2);
        client.replaceUserSkills(
                userId, List.of(new Proficiency(catalogue.get(0).id(), 2)));
        client.updateUserSkills(userId, List.of(new Proficiency(catalogue.get(1).id(), 4.5)));
        List<UserRoutingSkill> skills = client.userSkills(userId);
        assertThat(skills)
                .extracting(UserRoutingSkill::id)
                .containsExactlyInAnyOrder(
                        catalogue.get(0).id(), catalogue.get(1).id());
        assertThat(skills)
                .filteredOn(s -> s.id().equals(catalogue.get(1).id()))
                .extracting(UserRoutingSkill::proficiency)
                .containsExactly(4.5);
    }

    @Test
    void addsAndRemovesLanguages() {
        String userId = client.usersPage(1, 6, Set.of()).entities().get(0).id();
        String language = client.languages().get(0).id();
        client.updateUserLanguages(userId, List.of(new Proficiency(language, 3)));
        assertThat(client.userLanguages(userId)).extracting(l -> l.id()).contains(language);
        assertThat(client.removeUserLanguage(userId, language).value()).isTrue();
        Call<Boolean> again = client.removeUserLanguage(userId, language);
        assertThat(again.value()).as("404 counts as done").isFalse();
        assertThat(again.attempts()).as("a 404 is not retried").isEqualTo(1);
        assertThat(client.userLanguages(userId)).extracting(l -> l.id()).doesNotContain(language);
    }

    @Test
    void patchesAUserWithItsVersion() {
        User user = client.usersPage(1, 7, Set.of()).entities().get(0);
        User updated = client.patchUser(
                        user.id(), UpdateUser.version(user.version()).withDepartment("Billing"))
                .value();
        assertThat(updated.department()).isEqualTo("Billing");
        assertThat(updated.version()).isGreaterThan(user.version());
        assertThat(client.user(user.id(), Set.of()).department()).isEqualTo("Billing");
    }

    @Test
    void addsAndRemovesQueueMembersAndWrapupCodes() {
        String queue = client.queues(Optional.empty()).get(0).id();
        List<String> users = client.usersPage(3, 9, Set.of()).entities().stream()
                .map(User::id)
                .toList();
        client.addQueueMembers(queue, users);
        assertThat(client.queueMembers(queue, Optional.of("user")))
                .extracting(QueueMember::id)
                .containsAll(users);
        client.removeQueueMembers(queue, users);
        assertThat(client.queueMembers(queue, Optional.empty()))
                .extracting(QueueMember::id)
                .doesNotContainAnyElementsOf(users);
        String code = client.wrapupCodes().get(0).id();
        client.removeQueueWrapupCode(queue, code);
        client.addQueueWrapupCodes(queue, List.of(code));
        assertThat(client.queueWrapupCodes(queue))
                .extracting(CatalogueEntry::id)
                .contains(code);
        assertThat(client.removeQueueWrapupCode(queue, code).value()).isTrue();
        assertThat(client.queueWrapupCodes(queue))
                .extracting(CatalogueEntry::id)
                .doesNotContain(code);
    }

    @Test
    void setsAutoAnswerInBulk() {
        List<User> two = client.usersPage(2, 11, Set.of()).entities();
        List<User> answer = client.setAutoAnswer(
                        two.stream().map(u -> new AutoAnswer(u.id(), true)).toList())
                .value();
        assertThat(answer)
                .extracting(User::id)
                .containsExactlyInAnyOrderElementsOf(two.stream().map(User::id).toList());
        assertThat(client.user(two.get(0).id(), Set.of()).acdAutoAnswer()).isTrue();
    }

    @Test
    void readsTheOrgLimits() {
        List<OrgLimit> limits = client.orgLimits("platform.api");
        assertThat(limits).extracting(OrgLimit::key).contains("client.credentials.token.rate.per.minute");
    }
}
