package dev.gcsync.genesys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.genesys.model.User;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LargeOrgPagingTest {

    @Test
    void switchesToCursorPagingWhenTheOrgHasMoreThanTenThousandUsers() {
        try (EmulatorFixture fx = new EmulatorFixture(10_050, EmulatorFixture.FAST)) {
            List<User> users = fx.client().allUsers(500, Set.of());
            assertThat(users).extracting(User::id).doesNotHaveDuplicates().hasSize(10_050);
            var counters = fx.emulator.admin().counters();
            assertThat(counters.count("GET /api/v2/users", 400))
                    .as("never paged past 10,000")
                    .isZero();
            assertThat(counters.count("GET /api/v2/users/query", 200)).isEqualTo(21);
        }
    }
}
