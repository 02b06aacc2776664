package dev.gcsync.contract;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.api.UsersApi;
import com.mypurecloud.sdk.v2.api.request.GetUserRequest;
import com.mypurecloud.sdk.v2.api.request.PatchUserRoutingskillsBulkRequest;
import com.mypurecloud.sdk.v2.model.UserRoutingSkillPost;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.admin.CountersSnapshot;
import dev.gcsync.emulator.store.StateSnapshot;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One scenario being played through one adapter: sends requests as the client does and records what came back
 * (normalised for the transcript, and raw, for the secrets check), the tokens used, and the governors held.
 */
final class Play implements AutoCloseable {
    final Adapter adapter;
    final StateSnapshot org;
    private final List<Seen> answers = new ArrayList<>();
    private final List<Integer> governors = new ArrayList<>();
    private final List<String> raw = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();

    Play(Adapter.Kind kind, EmulatorConfig.Builder emulator, Duration maxHold) {
        this.adapter = kind.start(emulator.users(10).seed(16), maxHold);
        this.org = adapter.backend().emulator().admin().exportState();
    }

    String userId(int i) {
        return org.users().get(i).id();
    }

    String skillId(int i) {
        return org.skills().get(i).id();
    }

    /** A new token, remembered as a secret that must appear nowhere. */
    UsersApi newClient() {
        return client(adapter.newToken());
    }

    UsersApi client(String token) {
        tokens.add(token);
        ApiClient client = adapter.client(token);
        return new UsersApi(client);
    }

    Seen get(UsersApi users, String userId) {
        try {
            return seen(users.getUser(
                    GetUserRequest.builder().withUserId(userId).build().withHttpInfo()));
        } catch (IOException | RuntimeException e) {
            return raised(e);
        }
    }

    /** {@code PATCH …/routingskills/bulk}: a write, not idempotent for the gateway (never replayed after a 5xx). */
    Seen patchSkill(UsersApi users, String userId, String skillId) {
        UserRoutingSkillPost skill = new UserRoutingSkillPost();
        skill.setId(skillId);
        skill.setProficiency(3.0);
        try {
            return seen(users.patchUserRoutingskillsBulk(PatchUserRoutingskillsBulkRequest.builder()
                    .withUserId(userId)
                    .withBody(List.of(skill))
                    .build()
                    .withHttpInfo()));
        } catch (IOException | RuntimeException e) {
            return raised(e);
        }
    }

    /** Records how many token governors the adapter holds now. */
    void countGovernors() {
        governors.add(adapter.governedTokens().size());
    }

    List<String> tokens() {
        return List.copyOf(tokens);
    }

    /** Every answer's raw body and headers, and the adapter's token names. */
    List<String> rawTexts() {
        List<String> all = new ArrayList<>(raw);
        all.addAll(adapter.governedTokens());
        return all;
    }

    Transcript transcript() {
        CountersSnapshot c = adapter.backend().emulator().admin().counters();
        return new Transcript(
                List.copyOf(answers),
                c.byRouteAndStatus(),
                c.throttled(),
                c.writes(),
                adapter.backend().clock().elapsed(),
                List.copyOf(governors));
    }

    private Seen seen(ApiResponse<?> r) {
        raw.add(String.valueOf(r.getRawBody()));
        raw.add(String.valueOf(r.getHeaders()));
        Seen s = Seen.of(r, adapter);
        answers.add(s);
        return s;
    }

    private Seen raised(Exception e) {
        raw.add(String.valueOf(e.getMessage()));
        Seen s = Seen.raised(e);
        answers.add(s);
        return s;
    }

    @Override
    public void close() {
        adapter.close();
    }
}
