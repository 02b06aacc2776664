package dev.gcsync.sync.plan;

import dev.gcsync.sync.org.OrgReader;

/**
 * An org the sync reads and writes: the port the engine calls ({@code org.genesys.GenesysOrgApi} over the
 * Genesys client). It lives beside {@link Op} because writing takes ops; reading alone is {@link OrgReader}.
 */
public interface OrgApi extends OrgReader, OrgWriter {}
