#!/usr/bin/env bash
# What gcsync proxy adds to a request's latency (issue 9: ≤ 2 ms at the median at 50 requests/s).
# Usage: bench/scripts/proxy-latency.sh [requests per path, default 1000] [per second, default 50] [redis://host:port/db]
# With a Redis URL a third path goes through a proxy whose budget store is that Redis (issue 16: ≤ 2 ms more).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q ${MVN_OFFLINE:-} -pl bench -am package -DskipTests -Dspotless.check.skip=true dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
exec java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" dev.gcsync.bench.proxy.ProxyLatency "$@"
