/**
 * What tests and benchmarks assert on: counters, and the in-process admin API behind the /admin routes.
 */
package dev.gcsync.emulator.admin;
