#!/usr/bin/env bash
# Runs the desktop-app launch benchmark under its own Xvfb display and prints, in words,
#
#   Parity launch / bare wxFrame launch   <= 1.5
#
# where a launch is from starting the process to its main window shown (Parity with the
# three in-tree plugins, its database and every page built). Exits 1 if the target is
# missed, 2 if the programs are missing or fail.
#
# Usage: bench/run_gui_benchmarks.sh BUILD_DIR [extra Google Benchmark options...]
#   BUILD_DIR is configured with -DBUILD_BENCH=ON -DBUILD_GUI=ON (Release for numbers).
#   BENCH_REPETITIONS (default 3): medians of that many repetitions are compared.
set -euo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: $0 BUILD_DIR [benchmark options...]" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
shift
binary="$build_dir/bench/parity_bench_launch"
if [[ ! -x "$binary" ]]; then
    echo "$binary not found: configure with -DBUILD_BENCH=ON -DBUILD_GUI=ON and build parity_bench_launch" >&2
    exit 2
fi
results="$build_dir/bench/gui-benchmark-results.json"
repetitions="${BENCH_REPETITIONS:-3}"

echo "running $binary under xvfb-run ($repetitions repetitions) ..."
# A home of its own: no developer plugins, database or settings leak into the numbers.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
if ! env -u PARITY_PLUGIN_PATH -u PARITY_DB XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
        GDK_BACKEND=x11 NO_AT_BRIDGE=1 \
        xvfb-run -a -s "-screen 0 1280x1024x24" "$binary" --benchmark_format=json \
        --benchmark_out="$results" --benchmark_out_format=json \
        --benchmark_repetitions="$repetitions" --benchmark_report_aggregates_only=true "$@" > /dev/null; then
    echo "the benchmark program failed" >&2
    exit 2
fi
echo "results: $results"
echo

python3 - "$results" <<'PY'
import json, sys

with open(sys.argv[1]) as f:
    data = json.load(f)
UNIT = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}
ms, errors = {}, []
for b in data["benchmarks"]:
    name = b.get("run_name", b["name"]).split("/")[0]
    if b.get("error_occurred"):
        errors.append(f"{name}: {b.get('error_message', 'error')}")
        continue
    if b.get("aggregate_name", "median") != "median":
        continue
    ms[name] = b["real_time"] * UNIT[b.get("time_unit", "ms")]
if errors:
    print("\n".join(errors), file=sys.stderr)
    sys.exit(2)
bare, parity = ms["BM_LaunchBareFrame"], ms["BM_LaunchParity"]
ratio = parity / bare
ok = ratio <= 1.5
print(f"launch to main window shown: Parity {parity:.0f} ms, bare wxFrame {bare:.0f} ms")
print(f"Parity / bare = {ratio:.2f}  (target <= 1.5)  {'OK' if ok else 'MISSED'}")
sys.exit(0 if ok else 1)
PY
