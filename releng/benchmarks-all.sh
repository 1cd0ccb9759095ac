#!/bin/bash
# SPDX-License-Identifier: EPL-2.0
# Every benchmark docs/benchmarks.md reports, back to back, in the order the document gives them: the JMH
# benchmarks and heap probes (releng/benchmarks.sh, CASE included), the matrix view under Xvfb
# (releng/benchmarks-ui.sh), the Word specification and the Word import, diff and merge of L mapping files, and
# `workbench coverage` against `workbench validate` as whole processes (releng/benchmarks-coverage-cli.sh).
# Run it with nothing else running: about 50 minutes on 2 cores, plus the first generation of the models.
# Output: one log per part and the tables in $BENCHMARK_OUT (default
# releng/org.curriculum.benchmarks/target/benchmark-all), with the load average at the start of each part in
# times.txt. The builds come first: ./workbench's product build cleans the root target folder.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${BENCHMARK_OUT:-$root/releng/org.curriculum.benchmarks/target/benchmark-all}
stamp() { echo "$1 $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/times.txt"; }
part() { # $1 = log name; the rest = the command
    name=$1
    shift
    stamp "start $name"
    "$@" >"$out/$name.log" 2>&1 || { stamp "FAILED $name (see $out/$name.log)"; exit 1; }
}
./workbench --help >/dev/null # builds the product now if needed, so that no part below times a build
./mvnw -q -Pbenchmarks verify -DskipTests -Dcodegen.skip=true -pl releng/org.curriculum.benchmarks -am
mkdir -p "$out"
: >"$out/times.txt"
part jmh env BENCHMARK_SKIP_BUILD=true releng/benchmarks.sh \
    'ModelIoBenchmark|CoverageBenchmark|MatrixDataBenchmark|PathwayBenchmark|PathwayBruteForceBenchmark|GuaranteedCoverageBenchmark|GridExportBenchmark|ExcelBenchmark|CaseBenchmark'
cp releng/org.curriculum.benchmarks/target/benchmark-results.md "$out/jmh-results.md"
part ui env BENCHMARK_SKIP_BUILD=true releng/benchmarks-ui.sh
cp bundles/org.curriculum.ui.tests/target/matrix-render-benchmark.md "$out/ui-results.md"
cd releng/org.curriculum.benchmarks
part specification java -Xmx6g -cp target/benchmarks.jar org.curriculum.benchmarks.SpecificationBenchmark L 10
part document-import java -Xmx6g -cp target/benchmarks.jar org.curriculum.benchmarks.DocumentImportBenchmark 2000 10
part compare-merge java -Xmx4g -cp target/benchmarks.jar org.curriculum.benchmarks.CompareMergeTimes L 5
cd "$root"
part coverage-cli env BENCHMARK_SKIP_BUILD=true releng/benchmarks-coverage-cli.sh
stamp done
echo "tables: $out/jmh-results.md, $out/ui-results.md; the other parts print theirs at the end of their logs"
