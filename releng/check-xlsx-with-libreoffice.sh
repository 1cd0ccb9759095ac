#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Opens the workbooks the workbench exports with LibreOffice (headless) and checks what it reads.
# Every sheet of every workbook is converted to UTF-8 CSV; the check fails if LibreOffice cannot convert
# a workbook (a file it would want to repair converts to nothing), if a sheet is missing, if any cell
# shows a formula error (#NAME?, #VALUE!, Err:) or if known cells of the Annexe B exports differ.
#
# usage: releng/check-xlsx-with-libreoffice.sh [WORKBOOK.xlsx | FOLDER]...
#   default: bundles/org.curriculum.excel.tests/target/exported-workbooks, written by the excel tests
#   (./mvnw verify -pl bundles/org.curriculum.excel.tests -am).
# needs: soffice (Debian: apt-get install -y libreoffice-calc-nogui)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! command -v soffice >/dev/null; then
  echo "soffice not found: apt-get install -y libreoffice-calc-nogui" >&2
  exit 2
fi
inputs=("$@")
[ ${#inputs[@]} -eq 0 ] && inputs=("$root/bundles/org.curriculum.excel.tests/target/exported-workbooks")
files=()
for input in "${inputs[@]}"; do
  if [ -d "$input" ]; then
    while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$input" -maxdepth 1 -name '*.xlsx' -print0 | sort -z)
  else
    files+=("$input")
  fi
done
if [ ${#files[@]} -eq 0 ]; then
  echo "no .xlsx files found in ${inputs[*]}; run the excel tests first" >&2
  exit 2
fi
out="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$out" "$profile"' EXIT
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

for file in "${files[@]}"; do
  name="$(basename "$file" .xlsx)"
  # every sheet, UTF-8, comma-separated, quoted text (the filter options of the build notes)
  if ! soffice -env:UserInstallation="file://$profile" --headless \
      --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
      --outdir "$out" "$file" >"$out/$name.log" 2>&1; then
    fail "$file: LibreOffice could not convert it: $(cat "$out/$name.log")"
    continue
  fi
  # the sheet names in the workbook, in order
  mapfile -t sheets < <(unzip -p "$file" xl/workbook.xml 2>/dev/null | grep -o '<sheet [^>]*name="[^"]*"' | sed 's/.*name="\([^"]*\)"/\1/')
  if [ ${#sheets[@]} -eq 0 ]; then
    fail "$file: not a readable .xlsx workbook (no sheets in xl/workbook.xml)"
    continue
  fi
  if ! ls "$out/$name"*.csv >/dev/null 2>&1; then
    fail "$file: LibreOffice wrote no CSV for it: $(cat "$out/$name.log")"
    continue
  fi
  for sheet in "${sheets[@]}"; do
    csv="$out/$name-$sheet.csv"
    if [ ! -s "$csv" ] && [ ${#sheets[@]} -gt 1 ]; then
      fail "$file: sheet '$sheet' was not read by LibreOffice"
    fi
  done
  if [ ${#sheets[@]} -eq 1 ] && [ -s "$out/$name.csv" ]; then
    mv "$out/$name.csv" "$out/$name-${sheets[0]}.csv"
  fi
  if grep -l -E '#NAME\?|#VALUE!|#REF!|Err:[0-9]' "$out/$name"-*.csv 2>/dev/null; then
    fail "$file: a cell shows a formula error (see the files above)"
  fi
  echo "ok   $file: ${#sheets[@]} sheet(s): ${sheets[*]}"
done

# known cells of the Annexe B exports, as LibreOffice reads them
expect() { # file pattern what
  if [ -f "$1" ]; then
    grep -q -F -- "$2" "$1" || fail "$(basename "$1"): $3 (looked for: $2)"
  else
    fail "$(basename "$1") was not produced: LibreOffice did not read that sheet ($3)"
  fi
}
grid="$out/annexe-b-grid-Coverage grid.csv"
expect "$grid" 'Annexe B: National Occupational Standards mapping' "title block"
expect "$grid" ',CC01,Improve your personal effectiveness at work in a contact centre,✓,,,' "CC01 ticked under 301 only among the first columns"
expect "$grid" ',CC38,Handle incidents under direction in a contact centre,,,,,,,,✓,✓,,,✓,,,3,partial' "CC38 under 308, 309, 206"
expect "$grid" '41 of 41' "framework coverage"
expect "$out/annexe-b-links-Links.csv" 'Pearson (Annexe B)' "link author"
expect "$out/btec-curriculum-Units.csv" 'Y/503/0365' "unit 204's reference code"
expect "$out/annexe-b-coverage-Pathways.csv" 'CC08' "pathway-guaranteed coverage rows"
# the reviewed Annexe B: review columns in the Links sheet, and the review workbook's figures (its charts
# read these cells; a workbook whose chart LibreOffice cannot read fails the conversion above)
expect "$out/annexe-b-grid-reviewed-Links.csv" ',queried,A. Moderator (QC panel),' "a queried link's review columns"
expect "$out/annexe-b-review-Figures.csv" 'Links accepted,60' "accepted links in the review figures"
expect "$out/annexe-b-review-Figures.csv" 'Links queried,8' "queried links in the review figures"
expect "$out/annexe-b-review-Queried and rejected.csv" 'rejected,A. Moderator (QC panel)' "a rejected cell in the review workbook"
if [ -f "$grid" ]; then
  rows=$(grep -c -E '^[^,]*,CC[0-9][0-9],' "$grid" || true)
  [ "$rows" -eq 41 ] || fail "annexe-b-grid: $rows NOS rows read by LibreOffice, expected 41"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all ${#files[@]} workbook(s) open in LibreOffice and read as expected"
