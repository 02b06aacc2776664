#!/usr/bin/env bash
# The governor-vs-SDK benchmark (docs/benchmarks.md, "Governor vs the official SDK").
# Usage: bench/scripts/governor-vs-sdk.sh [writes] [limit] [windowSeconds] [inFlight] [bucketLimit] [scenarios] [clients]
#   e.g. bench/scripts/governor-vs-sdk.sh 2000 300 10 8 150 seconds,date,bucket governor,sdk
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q ${MVN_OFFLINE:-} -pl bench -am package -DskipTests -Dspotless.check.skip=true dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
exec java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" dev.gcsync.bench.governor.GovernorVsSdk "$@"
