package dev.gcsync.emulator.background;

/**
 * What one background generator did since it started or the counters were reset.
 *
 * @param client    its OAuth client id
 * @param profile   its rate profile
 * @param requests  requests it sent (allowed and refused)
 * @param throttled requests refused with a 429
 */
public record BackgroundCounts(String client, String profile, long requests, long throttled) {}
