package dev.gcsync.bench.nightly.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What issue 15's targets are measured by, for one contender.
 *
 * @param firstToLastWriteSeconds from the first write the server answered 2xx to the last (plan and verify time
 *                                stay out)
 * @param bucketWrites            the contender's requests the org bucket saw (allowed and refused), null without one
 * @param bucket429               of those, refused
 * @param orgBoundSeconds         writes ÷ (share × what the background leaves), integrated over the night's steps
 * @param timeOverOrgBound        wall ÷ orgBoundSeconds
 * @param backgroundRequests      requests the background sent while the contender ran
 * @param background429           of those, refused
 * @param background429Alone      what the background met alone (no contender) over the same time, in virtual time
 *                                through the same limiter
 * @param backgroundSeconds       from the background's start (the contender's first request) to the contender's end
 * @param writesPerWindow         the contender's 2xx writes on the bucket in each whole window from the start
 *                                (sampled every 250 ms)
 * @param windowsToFollowDown     windows after the step to 55% until one held ≤ 110% of share × what is left
 *                                (target: ≤ 2); null when none did
 * @param windowsToFollowUp       windows after the step to 5% until one held ≥ 90% of share × what is left
 *                                (target: ≤ 10); null when none did (or the contender had finished)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrgMeasures(
        Double firstToLastWriteSeconds,
        Long bucketWrites,
        Long bucket429,
        Double orgBoundSeconds,
        Double timeOverOrgBound,
        Long backgroundRequests,
        Long background429,
        Long background429Alone,
        Double backgroundSeconds,
        List<Long> writesPerWindow,
        Integer windowsToFollowDown,
        Integer windowsToFollowUp) {}
