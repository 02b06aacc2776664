package dev.gcsync.genesys.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.governor.Governor;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.OrgBudget;
import dev.gcsync.governor.RateSignalParser;
import dev.gcsync.governor.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The gateway's token map, as the proxy and the SDK connector both use it. */
class TokenGovernorsTest {
    private final VirtualTime time = new VirtualTime();
    private final OrgBudget budget = new OrgBudget(GovernorConfig.defaults());
    private final TokenGovernors<Holder> map = new TokenGovernors<>(
            GovernorConfig.defaults(),
            budget,
            time,
            () -> 0.5,
            RateSignalParser.none(),
            GovernorListener.none(),
            (name, now, g) -> new Holder(name, now, g));

    static final class Holder implements TokenGovernors.Held {
        final String name;
        final Governor governor;
        long lastUsed;
        int busy;

        Holder(String name, long now, TokenGovernors.GovernorFactory g) {
            this.name = name;
            this.lastUsed = now;
            this.governor = g.governor(e -> {});
        }

        @Override
        public void touch(long now) {
            lastUsed = now;
        }

        @Override
        public boolean idleSince(long now, long idleNanos) {
            return busy == 0 && now - lastUsed > idleNanos;
        }
    }

    @Property(tries = 100)
    void oneTokenIsOneGovernorWhateverTheHeadersSpelling(
            @ForAll @AlphaChars @StringLength(min = 8, max = 40) String token) {
        Holder a = map.forAuthorization("Bearer " + token);
        Holder b = map.forAuthorization("  bearer   " + token + " ");
        assertThat(b).isSameAs(a);
        assertThat(a.name).startsWith("t-").hasSize(14).doesNotContain(token);
        assertThat(map.forAuthorization("Bearer " + token + "x")).isNotSameAs(a);
    }

    @Test
    void forgetsOnlyTokensIdleForAnHour() {
        Holder idle = map.forName("t-1");
        Holder busy = map.forName("t-2");
        busy.busy = 1;
        time.advance(Duration.ofMinutes(61));
        List<String> forgotten = new ArrayList<>();
        map.evictIdle(forgotten::add);
        assertThat(forgotten).containsExactly("t-1");
        assertThat(map.forName("t-1")).as("a new governor, a new bucket").isNotSameAs(idle);
        assertThat(map.forName("t-2")).isSameAs(busy);
    }

    @Test
    void everyTokenSharesTheGatewaysOrgBudget() {
        assertThat(map.budget()).isSameAs(budget);
        map.forName("t-1");
        map.forName("t-2");
        assertThat(map.all()).hasSize(2);
    }

    @Test
    void aLookupForgetsTheIdleTokensItselfAtMostOnceAMinute() {
        List<String> forgotten = new ArrayList<>();
        TokenGovernors<Holder> swept = new TokenGovernors<>(
                GovernorConfig.defaults(),
                budget,
                time,
                () -> 0.5,
                RateSignalParser.none(),
                GovernorListener.none(),
                (name, now, g) -> new Holder(name, now, g),
                forgotten::add);
        swept.forName("t-a");
        time.advance(Duration.ofSeconds(30));
        swept.forName("t-b");
        time.advance(Duration.ofMinutes(60).minusSeconds(20)); // t-a idle 60 min 10 s, t-b 59 min 40 s

        swept.forName("t-c");
        assertThat(forgotten).containsExactly("t-a");
        time.advance(Duration.ofSeconds(30)); // t-b now idle past the hour, but the last sweep was 30 s ago
        swept.forName("t-c");
        assertThat(swept.names()).containsExactlyInAnyOrder("t-b", "t-c");
        time.advance(Duration.ofSeconds(30));
        swept.forName("t-c");

        assertThat(forgotten).containsExactly("t-a", "t-b");
        assertThat(swept.names()).containsExactly("t-c");
    }
}
