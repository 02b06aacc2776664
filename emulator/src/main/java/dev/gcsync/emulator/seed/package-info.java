/**
 * Deterministic, realistic seed data.
 */
package dev.gcsync.emulator.seed;
