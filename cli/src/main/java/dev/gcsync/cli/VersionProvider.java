package dev.gcsync.cli;

import picocli.CommandLine;

/** Reads gcsync's version from the jar manifest (falls back to "dev" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = GcsyncCommand.class.getPackage().getImplementationVersion();
        return new String[] {"gcsync " + (v == null ? "dev" : v)};
    }
}
