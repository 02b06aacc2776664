#!/usr/bin/env bash
# Issue 16's benchmark scenario (docs/benchmarks.md, "s6-hosts"): three processes on one org at once — two
# `gcsync apply` JVMs on disjoint users (each its own OAuth client and desired-state file) and the naive loop
# through a `gcsync proxy` — spending one org-scoped bucket (40 writes per 5 s, undocumented) that background
# traffic also uses (25% → 55% → 5%). Run twice: every process naming one Redis (--budget-store), then each
# with its own budget (local). About 3 minutes (4 documented); needs nothing installed: it starts a real redis-server from
# the embedded-redis artifact.
# Usage: bench/scripts/hosts.sh [s6-hosts|s6-hosts-documented ...]   (default: s6-hosts)
#   MVN_OFFLINE=-o              build offline
#   BENCH_BUDGET_SHARE=0.5      gcsync's --budget-share and the share of the bound (default 0.4, gcsync's)
#   BENCH_REDIS_URL=redis://…   use that Redis instead of starting one
#   BENCH_GCSYNC_JVM=-Xmx400m   the applies' JVM options (as GCSYNC_JAVA_OPTS)
# Writes bench/results/<scenario>.json and bench/results/hosts-tables.md; each process's logs, state and report
# go to bench/target/nightly/<scenario>/<redis|local>/.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q ${MVN_OFFLINE:-} -pl bench -am package -DskipTests -Dspotless.check.skip=true dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
exec java ${BENCH_JAVA_OPTS:--Xmx2g} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    dev.gcsync.bench.nightly.HostsBench "$@"
