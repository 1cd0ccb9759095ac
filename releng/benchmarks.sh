#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Builds the bundles and the JMH benchmarks (Maven profile "benchmarks"), then runs every benchmark and
# heap probe and prints the tables (also written to releng/org.curriculum.benchmarks/target/benchmark-results.md).
# Arguments are passed on: a regular expression selecting benchmarks, e.g.  releng/benchmarks.sh ModelIo
# Skip the heap probes with BENCHMARK_HEAP=false. Generated models are cached in target/benchmark-data.
# The matrix view's rendering (NatTable, under Xvfb) is measured by releng/benchmarks-ui.sh, on the same models.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ "${BENCHMARK_SKIP_BUILD:-false}" != true ]; then
    ./mvnw -q -Pbenchmarks verify -DskipTests -Dcodegen.skip=true -pl releng/org.curriculum.benchmarks -am
fi
cd releng/org.curriculum.benchmarks
exec java -Xmx2g -Dbenchmark.heap="${BENCHMARK_HEAP:-true}" -jar target/benchmarks.jar "$@"
