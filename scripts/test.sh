#!/usr/bin/env bash
# Installs, builds, and runs every test: unit, integration, plugin and GUI tests
# (GUI tests open real windows under xvfb-run; no display is needed).
# Extra arguments go to ctest, e.g. -L unit or -R plugins.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
cd build
ctest --output-on-failure -j2 "$@"
