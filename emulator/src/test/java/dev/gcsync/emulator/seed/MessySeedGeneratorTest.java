package dev.gcsync.emulator.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.store.Assignment;
import dev.gcsync.emulator.store.Entity;
import dev.gcsync.emulator.store.GroupState;
import dev.gcsync.emulator.store.QueueState;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessySeedGeneratorTest {
    private final StateSnapshot org = new MessySeedGenerator(42).generate(3000);
    private final Map<String, UserRecord> byId =
            org.users().stream().collect(Collectors.toMap(UserRecord::id, Function.identity()));

    @Test
    void theSameSeedGivesTheSameOrgAndAnotherSeedAnotherOne() {
        assertThat(new MessySeedGenerator(42).generate(3000)).isEqualTo(org);
        assertThat(new MessySeedGenerator(43).generate(3000).users().get(0).id())
                .isNotEqualTo(org.users().get(0).id());
    }

    @Test
    void inactiveAndDeletedUsersManageActiveOnes() {
        Set<String> managersOfActive = org.users().stream()
                .filter(u -> u.state().equals("active"))
                .map(UserRecord::managerId)
                .filter(id -> id != null)
                .collect(Collectors.toSet());
        assertThat(managersOfActive.stream().map(id -> byId.get(id).state())).contains("inactive", "deleted");
        assertThat(org.users().stream().filter(u -> u.managerId() == null)).isNotEmpty();
        assertThat(org.users().stream().filter(u -> u.skills().isEmpty())).isNotEmpty();
        assertThat(org.users().stream().filter(u -> !u.username().contains("@")))
                .isNotEmpty();
        assertThat(org.users().stream()
                        .map(UserRecord::email)
                        .map(e -> e.toLowerCase(Locale.ROOT))
                        .distinct())
                .hasSize(org.users().size());
    }

    @Test
    void usersStillHoldSkillsAndLanguagesDeletedFromTheOrgOneOfThemNamedLikeALiveSkill() {
        Set<String> deletedSkills = ids(org.skills().stream().filter(e -> !e.active()));
        Set<String> deletedLanguages = ids(org.languages().stream().filter(e -> !e.active()));
        assertThat(org.users().stream().flatMap(u -> u.skills().stream()).map(Assignment::id))
                .anyMatch(deletedSkills::contains);
        assertThat(org.users().stream().flatMap(u -> u.languages().stream()).map(Assignment::id))
                .anyMatch(deletedLanguages::contains);
        List<String> liveNames =
                org.skills().stream().filter(Entity::active).map(Entity::name).toList();
        assertThat(org.skills().stream().filter(e -> !e.active()).map(Entity::name))
                .anyMatch(liveNames::contains);
    }

    @Test
    void namesCarryTheCharactersThatBreakNaiveFiles() {
        List<String> names = Stream.of(
                        org.skills().stream().map(Entity::name),
                        org.languages().stream().map(Entity::name),
                        org.wrapupCodes().stream().map(Entity::name),
                        org.queues().stream().map(QueueState::name),
                        org.users().stream().map(UserRecord::name))
                .flatMap(s -> s)
                .toList();
        assertThat(names)
                .anyMatch(n -> n.contains(","))
                .anyMatch(n -> n.contains("\""))
                .anyMatch(n -> n.contains(";"))
                .anyMatch(n -> n.startsWith("="))
                .anyMatch(n -> n.startsWith("+"))
                .anyMatch(n -> n.startsWith("-"))
                .anyMatch(n -> n.startsWith("@"))
                .anyMatch(n -> n.contains("é"))
                .anyMatch(
                        n -> n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .anyMatch(n -> n.codePoints().anyMatch(c -> c >= 0x1F300))
                .anyMatch(n -> n.endsWith(" "));
        for (List<String> catalogue : List.of(
                live(org.skills()),
                live(org.languages()),
                org.wrapupCodes().stream().map(Entity::name).toList(),
                org.queues().stream().map(QueueState::name).toList())) {
            assertThat(catalogue)
                    .as("names differing only in case")
                    .doesNotHaveDuplicates()
                    .hasSizeGreaterThan((int) catalogue.stream()
                            .map(n -> n.toLowerCase(Locale.ROOT))
                            .distinct()
                            .count());
        }
    }

    @Test
    void aBigQueueAQueueWithManyCodesGroupMembersDivisionsAndTheProficiencyBounds() {
        assertThat(org.queues().stream().mapToInt(q -> q.members().size()).max().orElse(0))
                .isGreaterThanOrEqualTo(1000);
        assertThat(org.queues().stream()
                        .mapToInt(q -> q.wrapupCodes().size())
                        .max()
                        .orElse(0))
                .isGreaterThan(100);
        assertThat(org.queues().stream().filter(q -> !q.groups().isEmpty())).hasSizeGreaterThan(1);
        assertThat(org.groups()).allSatisfy(g -> assertThat(g.members()).isNotEmpty());
        Set<String> direct =
                org.queues().stream().flatMap(q -> q.members().stream()).collect(Collectors.toSet());
        assertThat(org.groups().stream().flatMap(g -> g.members().stream()))
                .as("also members directly")
                .anyMatch(direct::contains);
        assertThat(org.users().stream().map(UserRecord::divisionId).distinct())
                .hasSize(org.divisions().size());
        assertThat(org.users().stream().flatMap(u -> u.skills().stream()).map(Assignment::proficiency))
                .contains(0.0, 5.0, 2.5);
        Set<String> deletedUsers = org.users().stream()
                .filter(u -> u.state().equals("deleted"))
                .map(UserRecord::id)
                .collect(Collectors.toSet());
        assertThat(org.queues().stream().flatMap(q -> q.members().stream())).noneMatch(deletedUsers::contains);
        assertThat(org.groups().stream().map(GroupState::members).flatMap(List::stream))
                .noneMatch(deletedUsers::contains);
    }

    private static List<String> live(List<Entity> entities) {
        return entities.stream().filter(Entity::active).map(Entity::name).toList();
    }

    private static Set<String> ids(Stream<Entity> entities) {
        return entities.map(Entity::id).collect(Collectors.toSet());
    }
}
