package dev.gcsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gcsync.emulator.store.Assignment;
import dev.gcsync.emulator.store.Entity;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The messy org as a client sees it over HTTP: deleted skills on users, paged members of the big queue. */
class MessyOrgHttpTest {
    private final Emulator emulator = Emulator.start(
            EmulatorConfig.builder()
                    .users(1200)
                    .seed(5)
                    .profile(Profile.UNLIMITED)
                    .build(),
            SeedStyle.MESSY);
    private final Http http = new Http(emulator).authenticated();
    private final StateSnapshot state = emulator.admin().exportState();

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aDeletedSkillShowsOnItsUsersAsDeletedIsNotListedAndCannotBeAssigned() {
        Set<String> deleted =
                state.skills().stream().filter(e -> !e.active()).map(Entity::id).collect(Collectors.toSet());
        UserRecord holder = state.users().stream()
                .filter(u -> u.state().equals("active"))
                .filter(u -> u.skills().stream().map(Assignment::id).anyMatch(deleted::contains))
                .findFirst()
                .orElseThrow();
        String skill = holder.skills().stream()
                .map(Assignment::id)
                .filter(deleted::contains)
                .findFirst()
                .orElseThrow();

        JsonNode user = Http.json(http.get("/api/v2/users/" + holder.id() + "?expand=skills"));
        JsonNode catalogue = Http.json(http.get("/api/v2/routing/skills?pageSize=500"));
        var refused = http.send(
                "PATCH",
                "/api/v2/users/" + holder.id() + "/routingskills/bulk",
                "[{\"id\":\"" + skill + "\",\"proficiency\":3}]");

        List<String> states = new ArrayList<>();
        user.get("skills").forEach(s -> {
            if (s.get("id").asText().equals(skill)) {
                states.add(s.get("state").asText());
            }
        });
        assertThat(states).containsExactly("deleted");
        assertThat(catalogue.get("entities").findValuesAsText("id"))
                .doesNotContain(skill)
                .hasSize((int) state.skills().stream().filter(Entity::active).count());
        assertThat(refused.statusCode()).isEqualTo(404);
    }

    @Test
    void theBigQueuesMembersComeInPagesOfAHundred() {
        var big = state.queues().stream()
                .filter(q -> q.members().size() >= 1000)
                .findFirst()
                .orElseThrow();
        int pages = 0;
        int members = 0;
        String next = "/api/v2/routing/queues/" + big.id() + "/members?pageSize=500";
        while (next != null) {
            JsonNode page = Http.json(http.get(next));
            assertThat(page.get("entities").size()).isLessThanOrEqualTo(100);
            members += page.get("entities").size();
            pages++;
            next = page.hasNonNull("nextUri") ? page.get("nextUri").asText() : null;
        }
        assertThat(members).isGreaterThanOrEqualTo(big.members().size());
        assertThat(pages).isGreaterThan(10);
    }
}
