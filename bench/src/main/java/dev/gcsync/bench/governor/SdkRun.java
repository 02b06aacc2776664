package dev.gcsync.bench.governor;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.UsersApi;
import com.mypurecloud.sdk.v2.model.UserRoutingSkillPost;
import dev.gcsync.bench.common.Writes;
import java.io.IOException;
import java.util.List;

/**
 * The same writes through the official Java SDK with its retry setting on, as users run it today: each
 * thread sleeps Retry-After on its own. The token is fetched outside the SDK (its login-host derivation
 * does not work for a loopback URL; genesys-api.md).
 */
final class SdkRun {
    /** The SDK retries for at most this long per call (its own limit on Retry-After is 180 s). */
    static final int MAX_RETRY_TIME_SEC = 300;

    private SdkRun() {}

    static int run(String baseUrl, String token, int threads, List<String> userIds, String skillId, double proficiency)
            throws InterruptedException {
        ApiClient.RetryConfiguration retry = new ApiClient.RetryConfiguration();
        retry.setMaxRetryTimeSec(MAX_RETRY_TIME_SEC);
        ApiClient client = ApiClient.Builder.standard()
                .withBasePath(baseUrl)
                .withAccessToken(token)
                .withRetryConfiguration(retry)
                .build();
        UsersApi users = new UsersApi(client);
        return Writes.run(userIds, threads, id -> {
            UserRoutingSkillPost skill = new UserRoutingSkillPost();
            skill.setId(skillId);
            skill.setProficiency(proficiency);
            try {
                users.patchUserRoutingskillsBulk(id, List.of(skill));
                return true;
            } catch (ApiException | IOException e) {
                return false;
            }
        });
    }
}
