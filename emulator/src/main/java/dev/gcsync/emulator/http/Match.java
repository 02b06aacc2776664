package dev.gcsync.emulator.http;

import java.util.Map;

/** A route that matched a request, with the values of its path parameters. */
public record Match(Route route, Map<String, String> pathParams) {}
