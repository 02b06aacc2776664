package dev.gcsync.emulator.http;

import dev.gcsync.emulator.auth.TokenInfo;
import dev.gcsync.emulator.auth.Tokens;

/** Checks the bearer token of an API request; a refusal is a 401 with the code Genesys uses. Stateless. */
final class BearerAuth {
    private final Tokens tokens;

    BearerAuth(Tokens tokens) {
        this.tokens = tokens;
    }

    TokenInfo authenticate(String authorization, long now) {
        String bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim()
                : null;
        TokenInfo info = tokens.find(bearer, now);
        if (info != null) {
            return info;
        }
        if (bearer == null) {
            throw ApiError.unauthorized(
                    "authentication.required", "No authentication bearer token specified in authorization header.");
        }
        if (tokens.status(bearer, now) == Tokens.Status.EXPIRED) {
            throw ApiError.unauthorized("credentials.expired", "The supplied credentials are expired.");
        }
        throw ApiError.unauthorized("bad.credentials", "Invalid login credentials.");
    }
}
