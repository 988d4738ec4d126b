#!/usr/bin/env bash
# Installs what Parity needs (scripts/setup.sh), then configures and builds it in build/.
# Extra arguments go to CMake's configure step, e.g. -DBUILD_BENCH=ON.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
cmake --build build -j2
