#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# The end-to-end figure a user sees: `workbench coverage` of the L mapping (load the three files, compute
# coverage and the pathway guarantee of every standard, print the report) timed as a whole process, against
# `workbench validate` of the same three files (load + validation) as the baseline, alternated in one run.
# Builds the product if needed (./workbench does) and the JMH module to prepare the L models (the files the
# JMH benchmarks read). Settings (environment): BENCHMARK_RUNS (measured runs of each, default 10, after one
# warm-up run of each), BENCHMARK_SIZE (default L), BENCHMARK_SKIP_BUILD=true to reuse the JMH jar.
# Percentiles are nearest-rank over the measured runs (with 10 runs, p95 is the slowest run).
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${BENCHMARK_RUNS:-10}
size=${BENCHMARK_SIZE:-L}
data=$root/releng/org.curriculum.benchmarks/target/benchmark-data
if [ "${BENCHMARK_SKIP_BUILD:-false}" != true ]; then
    ./mvnw -q -Pbenchmarks verify -DskipTests -Dcodegen.skip=true -pl releng/org.curriculum.benchmarks -am
fi
folder=$(java -Dbenchmark.data="$data" -cp releng/org.curriculum.benchmarks/target/benchmarks.jar \
    org.curriculum.benchmarks.PrepareModels "$size" | tail -n 1)
./workbench --help >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
now_ms() { echo $(($(date +%s%N) / 1000000)); }
time_one() { # $1 = file of times; the rest = the command; a failing command fails the benchmark
    file=$1
    shift
    start=$(now_ms)
    "$@" >"$out/stdout" 2>"$out/stderr" || { echo "failed: $*" >&2; cat "$out/stderr" >&2; exit 1; }
    echo $(($(now_ms) - start)) >>"$file"
}
validate="./workbench validate $folder/synthetic.curriculum $folder/synthetic.standards $folder/synthetic.mapping"
coverage="./workbench coverage $folder/synthetic.mapping"
echo "warm-up: one run of each"
time_one "$out/warmup" $validate
time_one "$out/warmup" $coverage
i=0
while [ $i -lt "$runs" ]; do
    time_one "$out/validate" $validate
    time_one "$out/coverage" $coverage
    i=$((i + 1))
done
guaranteed=$(grep -c '; on every pathway' "$out/stdout" || true)
stats() { # p50 p95 max of a file of milliseconds, nearest rank
    sort -n "$1" | awk '{ v[NR] = $1 } END { p50 = v[int((NR * 50 + 99) / 100)]; p95 = v[int((NR * 95 + 99) / 100)];
        printf "%d %d %d", p50, p95, v[NR] }'
}
set -- $(stats "$out/coverage")
c50=$1 c95=$2 cmax=$3
set -- $(stats "$out/validate")
v50=$1 v95=$2 vmax=$3
echo
echo "Machine: $(nproc) processors, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo "| Command ($size, whole process) | runs | p50 ms | p95 ms | max ms |"
echo "|---|---:|---:|---:|---:|"
echo "| workbench coverage MAPPING | $runs | $c50 | $c95 | $cmax |"
echo "| workbench validate CURRICULUM STANDARDS MAPPING (baseline) | $runs | $v50 | $v95 | $vmax |"
awk -v c="$c50" -v v="$v50" 'BEGIN { printf "coverage / validate, p50: %.2fx\n", c / v }'
echo "(the last coverage report had $guaranteed standard lines saying 'on every pathway')"
