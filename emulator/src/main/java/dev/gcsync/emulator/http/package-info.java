/**
 * Jetty core plumbing: the one route table, the request chain (route, guard, limits, faults, endpoint,
 * counters, response with rate headers) and the Genesys error bodies.
 */
package dev.gcsync.emulator.http;
