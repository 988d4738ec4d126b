#!/usr/bin/env bash
# Runs the desktop-app launch benchmark under its own Xvfb display and prints, in words,
#
#   Parity launch / bare wxFrame launch   <= 1.5
#   one keystroke in a 500-field form / one 16 ms frame   < 1   (revalidate + redraw)
#
# and the time to open the largest shipped form until its first field is shown. A launch is
# from starting the process to its main window shown (Parity with the three in-tree
# plugins and its database). Exits 1 if a target is missed, 2 if a program is missing or fails.
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
form_binary="$build_dir/bench/parity_bench_gui_form"
for program in "$binary" "$form_binary"; do
    if [[ ! -x "$program" ]]; then
        echo "$program not found: configure with -DBUILD_BENCH=ON -DBUILD_GUI=ON and build" \
             "parity_bench_launch parity_bench_gui_form" >&2
        exit 2
    fi
done
results="$build_dir/bench/gui-benchmark-results.json"
form_results="$build_dir/bench/gui-form-benchmark-results.json"
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
if ! env GDK_BACKEND=x11 NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1280x1024x24" "$form_binary" \
        --benchmark_format=json --benchmark_out="$form_results" --benchmark_out_format=json \
        --benchmark_repetitions="$repetitions" --benchmark_report_aggregates_only=true > /dev/null; then
    echo "the form benchmark program failed" >&2
    exit 2
fi
echo "results: $results $form_results"
echo

python3 - "$results" "$form_results" <<'PY'
import json, sys

data = {"benchmarks": []}
for path in sys.argv[1:]:
    with open(path) as f:
        data["benchmarks"] += json.load(f)["benchmarks"]
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

frame = 16.0
worst, usual = ms["BM_TypeIntoFieldOf500"], ms["BM_TypeIntoFieldOf500_SameProblems"]
typing_ok = worst < frame
print(f"keystroke in a 500-field form, error and skip logic change: {worst:.2f} ms = "
      f"{worst / frame:.2f} of a frame  (target < 1)  {'OK' if typing_ok else 'MISSED'}")
print(f"keystroke in a 500-field form, nothing shown changes:       {usual:.2f} ms = {usual / frame:.3f} of a frame")
print(f"open the largest shipped form to its first field:           {ms['BM_OpenLargestShippedForm']:.0f} ms")
sys.exit(0 if ok and typing_ok else 1)
PY
