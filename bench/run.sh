#!/usr/bin/env bash
# The nightly-sync benchmark (issue 5; docs/benchmarks.md, "Nightly-sync scenarios").
# Usage: bench/run.sh [s1|s1-seed|s2|s3|s4 ...]   (default: all)
# Builds what it needs quietly, runs every contender on each scenario against an in-process emulator,
# prints one table per scenario and writes bench/results/<scenario>.json and bench/results/tables.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q ${MVN_OFFLINE:-} -pl bench -am package -DskipTests -Dspotless.check.skip=true dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
exec java ${BENCH_JAVA_OPTS:--Xmx3g} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    dev.gcsync.bench.nightly.NightlyBench "$@"
