#!/usr/bin/env bash
# One nightly scenario at another time scale with some of its contenders (docs/benchmarks.md).
# Usage: bench/scripts/one-scenario.sh SCENARIO TIME_SCALE CONTENDER...   e.g. s1 1 gcsync (real time)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q ${MVN_OFFLINE:-} -pl bench -am package -DskipTests -Dspotless.check.skip=true dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
exec java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    dev.gcsync.bench.nightly.OneScenario "$@"
