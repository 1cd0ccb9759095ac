#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Runs the materialized product's command line on the bundled examples: proves the product's bundle set
# resolves and starts headless (EMF, POI inside OSGi, the core services). Called by the build (verify).
set -uo pipefail
product="$1/curriculum-workbench"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
check() { # description, expected exit status, command...
  local what="$1" expected="$2"; shift 2
  local status=0
  "$@" >"$work/out" 2>"$work/err" || status=$?
  if [ "$status" -eq "$expected" ]; then passed=$((passed + 1)); echo "smoke: ok   $what"
  else failed=$((failed + 1)); echo "smoke: FAIL $what (exit $status, expected $expected)"; tail -n 20 "$work/err"; fi
}
contains() { # description, text expected in the last output
  if grep -qF -- "$2" "$work/out"; then passed=$((passed + 1)); echo "smoke: ok   $1"
  else failed=$((failed + 1)); echo "smoke: FAIL $1: '$2' not in the output"; head -n 20 "$work/out"; fi
}
cli() { CURRICULUM_WORKSPACE="$work/workspace" CURRICULUM_CONFIGURATION="$work/configuration" "$product" -nosplash \
  -application org.curriculum.cli.application "$@"; }

check "examples are copied out" 0 cli examples "$work/ex"
contains "examples lists the BTEC curriculum" "btec-l3-contact-centre-operations.curriculum"
check "the BTEC example validates clean" 0 cli validate "$work/ex/btec-l3-contact-centre-operations.curriculum"
check "seed 000's contradictions are errors" 1 cli validate "$work/ex/contact-centre-manager.curriculum"
contains "the part qualification's extra module is named" "Part qualification"
check "coverage of Annexe B as JSON" 0 cli coverage "$work/ex/btec-l3-contact-centre-nos.mapping" --format json
contains "the JSON lists standard CC09" '"CC09"'
check "pathways of the BTEC qualification" 0 cli pathways "$work/ex/btec-l3-contact-centre-operations.curriculum"
check "the Annexe B grid exports to Excel (POI in OSGi)" 0 cli export "$work/ex/btec-l3-contact-centre-nos.mapping" -o "$work/grid.xlsx" --kind grid
if [ "$(head -c 2 "$work/grid.xlsx" 2>/dev/null)" = "PK" ]; then passed=$((passed + 1)); echo "smoke: ok   the workbook is a zip (xlsx)"
else failed=$((failed + 1)); echo "smoke: FAIL the workbook is not an xlsx file"; fi
check "a wrong command line exits 2" 2 cli no-such-command
# the product folder may be read-only or shared: the framework's cache goes to the per-user configuration
if [ ! -e "$1/configuration/org.eclipse.osgi" ] && [ -d "$work/configuration/org.eclipse.osgi" ]; then
  passed=$((passed + 1)); echo "smoke: ok   nothing written into the product's configuration folder"
else failed=$((failed + 1)); echo "smoke: FAIL the product wrote into $1/configuration or not into the user's"; fi
echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
