package dev.gcsync.sync.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.ScopeKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnedLimitScopeTest {
    private static final Instant AT = Instant.parse("2026-12-04T02:10:40Z");

    @TempDir
    Path dir;

    @Test
    void keepsWhereTheServerCountsEachBucket() {
        LearnedLimitStore store = new LearnedLimitStore(dir);
        store.save("org", new LearnedLimit("users:write", 18, Duration.ofSeconds(5), AT, ScopeKind.ORG, true));
        store.save("org", new LearnedLimit("routing:write", 50, Duration.ofSeconds(5), AT));
        store.save("org", new LearnedLimit("limit:x", 9, Duration.ofSeconds(60), AT, ScopeKind.TOKEN, true));

        assertThat(store.all("org"))
                .extracting(LearnedLimit::family, LearnedLimit::kind, LearnedLimit::spread)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("limit:x", ScopeKind.TOKEN, true),
                        org.assertj.core.groups.Tuple.tuple("routing:write", ScopeKind.TOKEN, false),
                        org.assertj.core.groups.Tuple.tuple("users:write", ScopeKind.ORG, true));
    }

    @Test
    void aStateDirOfAnEarlierVersionKeepsItsRowsAsTheTokensOwnBuckets() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("state.db"));
                Statement s = db.createStatement()) {
            s.execute("CREATE TABLE learned_limits (org TEXT NOT NULL, family TEXT NOT NULL, limit_per_window INTEGER"
                    + " NOT NULL, window_ms INTEGER NOT NULL, learned_at TEXT NOT NULL, PRIMARY KEY(org, family))");
            s.execute("INSERT INTO learned_limits VALUES('org', 'users:write', 50, 5000, '" + AT + "')");
        }
        assertThat(new LearnedLimitStore(dir).all("org"))
                .singleElement()
                .isEqualTo(new LearnedLimit("users:write", 50, Duration.ofSeconds(5), AT));
    }
}
