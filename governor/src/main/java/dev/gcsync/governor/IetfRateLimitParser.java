package dev.gcsync.governor;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the IETF rate-limit fields (draft-ietf-httpapi-ratelimit-headers): the structured pair
 * {@code RateLimit: "name";r=REMAINING;t=RESET} + {@code RateLimit-Policy: "name";q=QUOTA;w=WINDOW},
 * or the earlier drafts' {@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset}
 * (seconds). Only the first policy item is read. Stateless and thread-safe.
 */
public final class IetfRateLimitParser implements RateSignalParser {

    @Override
    public Optional<RateSignal> parse(ResponseHeaders headers) {
        Optional<String> structured = headers.first("RateLimit");
        Optional<String> policy = headers.first("RateLimit-Policy");
        if (structured.isPresent() && policy.isPresent()) {
            OptionalLong quota = param(policy.get(), "q");
            OptionalLong remaining = param(structured.get(), "r");
            OptionalLong reset = param(structured.get(), "t");
            if (quota.isPresent() && remaining.isPresent() && reset.isPresent() && quota.getAsLong() > 0) {
                return Optional.of(new RateSignal(
                        quota.getAsLong(), remaining.getAsLong(), Duration.ofSeconds(reset.getAsLong())));
            }
            return Optional.empty();
        }
        OptionalLong limit = number(headers.first("RateLimit-Limit"));
        OptionalLong remaining = number(headers.first("RateLimit-Remaining"));
        OptionalLong reset = number(headers.first("RateLimit-Reset"));
        if (limit.isPresent() && remaining.isPresent() && reset.isPresent() && limit.getAsLong() > 0) {
            return Optional.of(
                    new RateSignal(limit.getAsLong(), remaining.getAsLong(), Duration.ofSeconds(reset.getAsLong())));
        }
        return Optional.empty();
    }

    /** The integer parameter {@code key} of the first list item ({@code "p";q=10;w=1}). */
    static OptionalLong param(String field, String key) {
        String firstItem = field.split(",", 2)[0];
        for (String part : firstItem.split(";")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length == 2 && kv[0].trim().equals(key)) {
                return number(Optional.of(kv[1]));
            }
        }
        return OptionalLong.empty();
    }

    private static OptionalLong number(Optional<String> value) {
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long n = Long.parseLong(value.get().trim());
            return n < 0 ? OptionalLong.empty() : OptionalLong.of(n);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
