package dev.gcsync.budget.redis;

/**
 * The store's Lua scripts. Each runs atomically in Redis and reads the time from Redis ({@code TIME}), so that
 * the hosts' clocks never meet: the slot of a shared bucket, the pause of a bucket, the processes seen.
 */
final class Scripts {
    private Scripts() {}

    /**
     * KEYS: the bucket's last slot, its pause-until (both microseconds of the server's clock), the hash of
     * paces. ARGV: the interval (µs), the keys' time to live (ms), the scope's name (its field in the paces).
     * Returns {1, 0, mark, 0} for a slot taken now, else {0, µs to wait, mark, paced} (paced: 1 when the wait
     * is the pace's, 0 when it is a pause), where mark is the pause-until value
     * (0 when none; a pause that ended is still reported until its key expires, a second after it). A
     * caller that comes a little late keeps the slot it was due (lateness does not add up); after idling there
     * is no burst.
     */
    static final String RESERVE = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            local interval = tonumber(ARGV[1])
            local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
            if paused > now then
              return {0, paused - now, paused, 0}
            end
            local last = tonumber(redis.call('GET', KEYS[1]) or '-1')
            if last >= 0 and now < last + interval then
              return {0, last + interval - now, paused, 1}
            end
            local slot = now
            if last >= 0 and now - (last + interval) < interval then
              slot = last + interval
            end
            redis.call('SET', KEYS[1], string.format('%.0f', slot), 'PX', tonumber(ARGV[2]))
            redis.call('HSET', KEYS[3], ARGV[3], ARGV[1])
            redis.call('PEXPIRE', KEYS[3], tonumber(ARGV[2]))
            return {1, 0, paused, 0}
            """;

    /**
     * KEYS: the bucket's pause-until. ARGV: the pause (µs). Extends the pause, never shortens it; returns the
     * pause-until in force after it (the mark).
     */
    static final String PAUSE = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            local untilAt = now + tonumber(ARGV[1])
            local before = tonumber(redis.call('GET', KEYS[1]) or '0')
            if untilAt > before then
              redis.call('SET', KEYS[1], string.format('%.0f', untilAt), 'PX', math.floor(tonumber(ARGV[1]) / 1000) + 1000)
              return {untilAt}
            end
            return {before}
            """;

    /**
     * KEYS: the sorted set of a family's accepted requests. ARGV: this request's member (the process's hash and a
     * number), how long they are kept (µs), the key's time to live (ms). Adds it at the server's time, forgets
     * those older than kept.
     */
    static final String ACCEPTED = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            redis.call('ZADD', KEYS[1], now, ARGV[1])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]))
            redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
            return {now}
            """;

    /** KEYS: the sorted set of a family's accepted requests. ARGV: how far back (µs). Returns {how many since}. */
    static final String ACCEPTED_WITHIN = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            return {redis.call('ZCOUNT', KEYS[1], now - tonumber(ARGV[1]), '+inf')}
            """;

    /**
     * KEYS: the sorted set of processes. ARGV: this process's name, how far back "recently" reaches (ms).
     * Marks the process seen now, forgets those not seen recently, returns those seen.
     */
    static final String SEEN = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local recent = tonumber(ARGV[2])
            redis.call('ZADD', KEYS[1], now, ARGV[1])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - recent)
            redis.call('PEXPIRE', KEYS[1], recent * 10)
            return redis.call('ZRANGEBYSCORE', KEYS[1], now - recent, '+inf')
            """;
}
