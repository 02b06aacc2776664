package dev.gcsync.emulator.routes;

import dev.gcsync.emulator.OAuthClient;
import dev.gcsync.emulator.http.ApiError;
import dev.gcsync.emulator.http.Call;
import dev.gcsync.emulator.store.Entity;
import dev.gcsync.emulator.store.Store;
import java.util.List;
import java.util.function.Predicate;

/**
 * The authorization model: whether the calling OAuth client's roles grant a permission, and in which
 * divisions. Refusals are Genesys' 403 bodies. Stateless apart from the store it reads division names from.
 */
final class Access {
    private final Store store;

    Access(Store store) {
        this.store = store;
    }

    /** 403 {@code missing.permissions} unless the client has {@code permission} in some division. */
    void require(Call call, String permission) {
        if (!call.client().has(permission)) {
            throw ApiError.missingPermission(permission);
        }
    }

    /** As {@link #require}, and 403 {@code missing.division.permission} unless it covers {@code divisionId}. */
    void requireIn(Call call, String permission, String divisionId) {
        require(call, permission);
        String name = divisionName(divisionId);
        if (!call.client().covers(permission, divisionId, name)) {
            throw ApiError.missingDivisionPermission(permission, divisionId, name);
        }
    }

    /**
     * Any permission of {@code anyOf} that the client holds in {@code divisionId} will do; otherwise 403:
     * {@code missing.division.permission} for the first one it holds elsewhere, {@code missing.permissions}
     * naming them all when it holds none.
     */
    void requireAnyIn(Call call, List<String> anyOf, String divisionId) {
        String name = divisionName(divisionId);
        String heldElsewhere = null;
        for (String p : anyOf) {
            if (call.client().has(p)) {
                if (call.client().covers(p, divisionId, name)) {
                    return;
                }
                heldElsewhere = heldElsewhere == null ? p : heldElsewhere;
            }
        }
        if (heldElsewhere != null) {
            throw ApiError.missingDivisionPermission(heldElsewhere, divisionId, name);
        }
        throw ApiError.missingPermission(String.join(" or ", anyOf));
    }

    /** Which divisions' objects a listing shows: those the client holds {@code permission} in. */
    Predicate<String> visibleDivisions(Call call, String permission) {
        require(call, permission);
        OAuthClient client = call.client();
        if (client.allDivisions(permission)) {
            return d -> true;
        }
        return d -> client.covers(permission, d, divisionName(d));
    }

    /** The divisions where the client holds {@code permission}, in the org's order. */
    List<Entity> divisionsPermitted(Call call, String permission) {
        OAuthClient client = call.client();
        if (!client.has(permission)) {
            return List.of();
        }
        return store.divisions().stream()
                .filter(d -> client.covers(permission, d.id(), d.name()))
                .toList();
    }

    /** True when the client holds {@code permission} in every division of the org. */
    boolean inAllDivisions(Call call, String permission) {
        return call.client().has(permission)
                && (call.client().allDivisions(permission)
                        || divisionsPermitted(call, permission).size()
                                == store.divisions().size());
    }

    private String divisionName(String divisionId) {
        return store.division(divisionId).map(Entity::name).orElse("");
    }
}
