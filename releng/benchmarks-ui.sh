#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Rendering benchmark of the matrix view (NatTable) at sizes M and L against a bare NatTable over plain
# arrays, in the real workbench under Xvfb. Builds the JMH module to prepare the benchmark models (the same
# files the JMH benchmarks read; reused when complete), then runs MatrixRenderBenchmarkTest, which the
# normal build skips. The table is printed and written to
# bundles/org.curriculum.ui.tests/target/matrix-render-benchmark.md.
# Settings (environment): BENCHMARK_DATA (folder of <size>-20261125/, default the JMH module's
# target/benchmark-data), BENCHMARK_SIZES (default M,L), BENCHMARK_WARMUPS (1), BENCHMARK_RUNS (3),
# BENCHMARK_HEAP_MAX (JVM -Xmx of the workbench, default 6g), BENCHMARK_SKIP_BUILD=true to reuse the jar.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
data=${BENCHMARK_DATA:-$root/releng/org.curriculum.benchmarks/target/benchmark-data}
sizes=${BENCHMARK_SIZES:-M,L}
out=$root/bundles/org.curriculum.ui.tests/target/matrix-render-benchmark.md
if [ "${BENCHMARK_SKIP_BUILD:-false}" != true ]; then
    ./mvnw -q -Pbenchmarks verify -DskipTests -Dcodegen.skip=true -pl releng/org.curriculum.benchmarks -am
fi
for size in $(echo "$sizes" | tr ',' ' '); do
    folder=$data/$size-20261125
    # Another run may be writing the models right now: wait for it rather than write them twice.
    waited=0
    while [ -d "$folder" ] && [ ! -f "$folder/.complete" ] && [ $waited -lt 1800 ]; do
        echo "waiting for $folder/.complete ..."
        sleep 20
        waited=$((waited + 20))
    done
done
java -Xmx6g -Dbenchmark.data="$data" -cp releng/org.curriculum.benchmarks/target/benchmarks.jar \
    org.curriculum.benchmarks.PrepareModels $(echo "$sizes" | tr ',' ' ')
rm -f "$out"
xvfb-run -a -s "-screen 0 1920x1080x24" ./mvnw -q verify -Dcodegen.skip=true -pl bundles/org.curriculum.ui.tests -am \
    -Dtest=MatrixRenderBenchmarkTest -DfailIfNoTests=false \
    -Dtest.vmargs="-Xmx${BENCHMARK_HEAP_MAX:-6g} -Djava.awt.headless=true -Dcurriculum.matrix.benchmark.data=$data -Dcurriculum.matrix.benchmark.sizes=$sizes -Dcurriculum.matrix.benchmark.warmups=${BENCHMARK_WARMUPS:-1} -Dcurriculum.matrix.benchmark.runs=${BENCHMARK_RUNS:-3} -Dcurriculum.matrix.benchmark.out=$out"
test -f "$out" || { echo "the benchmark wrote no results ($out): did it run?" >&2; exit 1; }
cat "$out"
