package dev.gcsync.budget.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class StoreUrlTest {

    @Property(tries = 200)
    void thePasswordIsReadButNeverShown(
            @ForAll @AlphaChars @NumericChars @StringLength(min = 4, max = 30) String pw,
            @ForAll boolean tls,
            @ForAll @IntRange(min = 0, max = 15) int db) {
        String value = (tls ? "rediss" : "redis") + "://:" + pw + "@cache.internal:6380/" + db;
        StoreUrl url = StoreUrl.parse(value);
        assertThat(url.password())
                .hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo(pw));
        assertThat(url.tls()).isEqualTo(tls);
        assertThat(url.database()).isEqualTo(db);
        assertThat(url.toString())
                .isEqualTo((tls ? "rediss" : "redis") + "://:***@cache.internal:6380/" + db)
                .doesNotContain(pw);
        assertThat(StoreUrl.redact("could not reach " + value + " today")).doesNotContain(pw);
    }

    @Test
    void defaultsAndUsers() {
        StoreUrl u = StoreUrl.parse("redis://cache");
        assertThat(u.port()).isEqualTo(6379);
        assertThat(u.database()).isZero();
        assertThat(u.password()).isEmpty();
        StoreUrl acl = StoreUrl.parse("redis://gcsync:s3cret@cache:6379/2");
        assertThat(acl.user()).contains("gcsync");
        assertThat(acl.toString()).isEqualTo("redis://gcsync:***@cache:6379/2");
        assertThat(StoreUrl.isLocal("local")).isTrue();
        assertThat(StoreUrl.isLocal(null)).isTrue();
    }

    @Test
    void badValuesSayWhatIsExpectedWithoutThePassword() {
        assertThatThrownBy(() -> StoreUrl.parse("http://:pw1234@cache:6379/0"))
                .hasMessageContaining("only redis:// and rediss://")
                .hasMessageNotContaining("pw1234");
        assertThatThrownBy(() -> StoreUrl.parse("redis://cache:6379/99")).hasMessageContaining("0 to 15");
        assertThatThrownBy(() -> StoreUrl.parse("redis:///0")).hasMessageContaining("names no host");
    }
}
