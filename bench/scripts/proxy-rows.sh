#!/usr/bin/env bash
# The gcsync proxy rows (issue 9) on a small org: S1 and S1-seed with N users (default 300), the naive loop
# and the SDK with 8 threads, direct and through the proxy.
# Usage: bench/scripts/proxy-rows.sh [users] [s1,s1-seed,s1-seed/6 (scenario/time scale)] [contender names]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q ${MVN_OFFLINE:-} -pl bench -am package -DskipTests -Dspotless.check.skip=true dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
exec java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    dev.gcsync.bench.nightly.ProxyBench "$@"
