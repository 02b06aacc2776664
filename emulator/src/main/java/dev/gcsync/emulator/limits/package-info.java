/**
 * Fixed-window rate limiting per token, per endpoint bucket, per org and per day, in virtual-time-testable
 * decisions.
 */
package dev.gcsync.emulator.limits;
