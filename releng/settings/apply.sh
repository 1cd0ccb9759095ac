#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Copies the shared IDE settings into every bundle's .settings folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for bundle in "$here"/../../bundles/*/; do
  mkdir -p "$bundle/.settings"
  cp "$here"/*.prefs "$bundle/.settings/"
done
