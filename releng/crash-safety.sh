#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Crash-safety run, outside ./test: kills the product's command line with kill -9 at random moments while it
# writes, RUNS times (default 100), alternating two kinds of write:
#   - import framework of a large CSV (about 20,000 standards) into a .standards file: the model save
#     (CurriculumResourceSpec.save, the same code as the editor's Save), temporary .NAME.<n>.saving;
#   - export of a large mapping's coverage grid to .xlsx: AtomicFile, temporary .NAME.<n>.writing.
# After each kill the target must be the previous file (same checksum) or a complete new one (the model file
# is well-formed XML with all 20,000 standards; the workbook is an intact zip). The next write of the same target must remove the
# temporaries a kill left. Needs the built product (./workbench builds it). Usage: releng/crash-safety.sh [RUNS [SEED]]
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
product="$root/releng/org.curriculum.product/target/products/org.curriculum.product/linux/gtk/x86_64/curriculum-workbench"
runs="${1:-100}"
RANDOM="${2:-42}"
[ -x "$product" ] || { echo "crash-safety: build the product first (./workbench --help builds it)" >&2; exit 2; }
work="$(mktemp -d -t curriculum-crash.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export CURRICULUM_WORKSPACE="$work/workspace" CURRICULUM_CONFIGURATION="$work/configuration"
cli() { "$product" -nosplash -application org.curriculum.cli.application "$@"; }

# inputs: two versions of a large framework (so that old and new differ) and a large mapping to export
for version in a b; do
  { echo "Code,Title,Parent code,Type,Description"
    for s in $(seq 1 200); do
      echo "S$s,Section $s ($version),,section,"
      for n in $(seq 1 100); do echo "S$s.$n,Standard $n of section $s ($version),S$s,,Performance evidence typed for the crash run"; done
    done; } > "$work/big-$version.csv"
done
cli examples "$work/ex" >/dev/null 2>&1 || { echo "crash-safety: the product does not start" >&2; exit 2; }
cli import framework "$work/big-a.csv" -o "$work/big.standards" >/dev/null 2>&1 || { echo "crash-safety: the first import failed" >&2; exit 2; }
mapping="$work/ex/btec-l3-contact-centre-nos.mapping"
cli export "$mapping" -o "$work/grid.xlsx" --kind links >/dev/null 2>&1 || { echo "crash-safety: the first export failed" >&2; exit 2; }

# how long each write takes when not killed: kills land anywhere from start-up to the end of the write
time_of() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N); echo $(((end - start) / 1000000)); }
# what each target holds now: each run writes the other version (framework) or kind (workbook), so that a complete
# new file never has the old file's checksum
framework_version=b; grid_kind=grid
time_writes() {
  import_ms=$(time_of cli import framework "$work/big-$framework_version.csv" -o "$work/big.standards" --force)
  export_ms=$(time_of cli export "$mapping" -o "$work/grid.xlsx" --kind "$grid_kind" --force)
}
time_writes
echo "crash-safety: $runs kills; an uninterrupted import takes ${import_ms} ms, an export ${export_ms} ms (JVM start included)"

# a complete framework file: well-formed XML holding all 200 sections and 20,000 standards (parsed by Python,
# which is quicker than starting the product once more per run)
complete_framework() {
  python3 -c '
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
sections = root.findall("sections")
standards = sum(len(s.findall("standards")) for s in sections)
sys.exit(0 if len(sections) == 200 and standards == 20000 else 1)' "$1"
}
complete_framework "$work/big.standards" || { echo "crash-safety: the check of a complete framework does not recognise one" >&2; exit 2; }

old=0; new=0; damaged=0; leftovers_seen=0
for i in $(seq 1 "$runs"); do
  # every 10 runs the uninterrupted writes are timed again: on a shared machine the load changes, and kills timed
  # by a quieter moment would all land before the end of the write (never giving a complete new file)
  if [ "$i" -gt 1 ] && [ $((i % 10)) -eq 1 ]; then
    time_writes
    echo "crash-safety: timed again before run $i: import ${import_ms} ms, export ${export_ms} ms"
  fi
  if [ $((i % 2)) -eq 1 ]; then
    target="$work/big.standards"; version=$([ "$framework_version" = a ] && echo b || echo a); total=$import_ms
    set -- import framework "$work/big-$version.csv" -o "$target" --force
  else
    target="$work/grid.xlsx"; total=$export_ms
    kind=$([ "$grid_kind" = grid ] && echo links || echo grid)
    set -- export "$mapping" -o "$target" --kind "$kind" --force
  fi
  sum_before=$(sha256sum "$target" | cut -d' ' -f1)
  # exec all the way down (subshell -> start script -> java), so that $! is the Java process itself: killing a
  # shell around it would leave the JVM running and writing
  ( exec "$product" -nosplash -application org.curriculum.cli.application "$@" >/dev/null 2>&1 ) &
  pid=$!
  delay=$((RANDOM % (total + 1)))
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  left=$(ls -a "$work" | grep -c -E "^\.$(basename "$target")\.[0-9]+\.(saving|writing)$")
  [ "$left" -gt 0 ] && leftovers_seen=$((leftovers_seen + 1))
  if [ "$(sha256sum "$target" | cut -d' ' -f1)" = "$sum_before" ]; then
    old=$((old + 1)); result="old file"
  elif case "$target" in *.xlsx) unzip -tq "$target" >/dev/null 2>&1 ;; *) complete_framework "$target" ;; esac; then
    new=$((new + 1)); result="complete new file"
    case "$target" in *.xlsx) grid_kind=$kind ;; *) framework_version=$version ;; esac
  else
    result="DAMAGED"
    damaged=$((damaged + 1)); cp "$target" "$root/crash-damaged-$i-$(basename "$target")"
    echo "crash-safety: run $i: $target is neither the old file nor a complete new one (kept a copy)" >&2
  fi
  echo "crash-safety: run $i: $(basename "$target") killed after ${delay} ms: $result; temporaries left: $left"
done
# one last uninterrupted write of each target: afterwards no temporary may be left
cli import framework "$work/big-a.csv" -o "$work/big.standards" --force >/dev/null 2>&1
cli export "$mapping" -o "$work/grid.xlsx" --force >/dev/null 2>&1
remaining=$(ls -a "$work" | grep -c -E '^\..*\.[0-9]+\.(saving|writing)$')
echo "crash-safety: $runs kill -9: old file kept $old, complete new file $new, damaged $damaged;"
echo "crash-safety: a kill left a temporary $leftovers_seen time(s); temporaries left after the final writes: $remaining"
[ "$damaged" -eq 0 ] && [ "$remaining" -eq 0 ]
