#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Seeded fuzz run of every importer through the command line (CommandLineFuzzTest in
# bundles/org.curriculum.cli.tests), outside ./test. Usage: releng/fuzz.sh [CASES [SEED [ONLY]]]
# (defaults: 20000 cases, seed 42; ONLY keeps the seed files whose name holds that text, e.g. docx for the
# Word document importer alone). Prints the outcome per seed file and the kinds of error met; failing
# inputs are kept in bundles/org.curriculum.cli.tests/target/fuzz-failures/. Figures: docs/hardening.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cases="${1:-20000}"
seed="${2:-42}"
only="${3:-}"
cd "$root"
log="$(mktemp -t curriculum-fuzz.XXXXXX.log)"
status=0
./mvnw -o verify -pl bundles/org.curriculum.cli.tests -am -Dtest=CommandLineFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest.vmargs="-Xmx2g -Djava.awt.headless=true -Dcurriculum.fuzz.cases=$cases -Dcurriculum.fuzz.seed=$seed -Dcurriculum.fuzz.only=$only" >"$log" 2>&1 || status=$?
sed -n '/^CommandLineFuzzTest: seed/,/^Tests run/p' "$log" | grep -v '^Tests run'
if [ "$status" -ne 0 ]; then
  echo "fuzz: the run failed (exit $status); the whole log is $log" >&2
  grep -E 'PROBLEM|FAIL|ERROR\]' "$log" | grep -v osgi.platform | head -20 >&2
  exit 1
fi
rm -f "$log"
