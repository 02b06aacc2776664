package dev.gcsync.bench.nightly.report;

import com.fasterxml.jackson.annotation.JsonInclude;

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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrgMeasures(Double firstToLastWriteSeconds, Long bucketWrites, Long bucket429, Double orgBoundSeconds,
                          Double timeOverOrgBound, Long backgroundRequests, Long background429,
                          Long background429Alone, Double backgroundSeconds) {
}
