#!/usr/bin/env bash
# Issue 15's benchmark scenarios, run apart from bench/run.sh (with them the full run would pass 15 minutes):
#   s5-org     an org-scoped bucket shared with background traffic (25% → 55% → 5%): gcsync with one token,
#              its second night (background at 5%), gcsync --tokens 4, the SDK with 8 threads, the naive loop
#   s1-tokens  S1 with one token beside S1 with --tokens 4 (time from the first write to the last)
# Usage: bench/scripts/org.sh [s5-org|s1-tokens ...]   (default: both; about 10 minutes)
# BENCH_BUDGET_SHARE=0.5 sets gcsync's --budget-share and the share of the org bound (default 0.4, gcsync's).
# Writes bench/results/<scenario>.json and bench/results/org-tables.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q ${MVN_OFFLINE:-} -pl bench -am package -DskipTests -Dspotless.check.skip=true dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
exec java ${BENCH_JAVA_OPTS:--Xmx3g} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    dev.gcsync.bench.nightly.OrgBench "$@"
