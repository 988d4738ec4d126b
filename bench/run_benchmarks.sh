#!/usr/bin/env bash
# Runs the form-engine benchmarks and prints the ratios the design asks for, in words:
#
#   full validation / raw XPath   <= 1.5   (the engine adds at most half again to pugixml)
#   full / incremental            >= 20    (one changed answer revalidates only what it reaches)
#
# and the load + resolve + compile time of each shipped form. Exits 1 if a target is
# missed, 2 if the benchmark program is missing or fails.
#
# Usage: bench/run_benchmarks.sh BUILD_DIR [extra Google Benchmark options...]
#   BUILD_DIR is a build configured with -DBUILD_BENCH=ON (use a Release build for numbers).
#   BENCH_REPETITIONS (default 3): each benchmark runs that many times; medians are compared.
#   The JSON results are kept in BUILD_DIR/bench/benchmark-results.json.
set -euo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: $0 BUILD_DIR [benchmark options...]" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
shift
binary="$build_dir/bench/parity_bench_forms"
if [[ ! -x "$binary" ]]; then
    echo "$binary not found: configure with -DBUILD_BENCH=ON and build target parity_bench_forms" >&2
    exit 2
fi
results="$build_dir/bench/benchmark-results.json"
repetitions="${BENCH_REPETITIONS:-3}"

build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt" 2>/dev/null || true)
case "$build_type" in
    Release|RelWithDebInfo|MinSizeRel) ;;
    *) echo "warning: $build_dir is a '${build_type:-unknown}' build: numbers are only meaningful in Release" >&2 ;;
esac

echo "running $binary ($repetitions repetitions) ..."
if ! "$binary" --benchmark_format=json --benchmark_out="$results" --benchmark_out_format=json \
        --benchmark_repetitions="$repetitions" --benchmark_report_aggregates_only=true \
        "$@" > /dev/null; then
    echo "the benchmark program failed" >&2
    exit 2
fi
echo "results: $results"
echo

python3 - "$results" <<'EOF'
import json, sys

with open(sys.argv[1]) as f:
    data = json.load(f)

# One CPU time (ns) per benchmark: the median of the repetitions, or the single run.
UNIT = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}
times, errors, single = {}, [], {}
for b in data["benchmarks"]:
    name = b.get("run_name", b["name"])
    if b.get("error_occurred"):
        errors.append(f"{name}: {b.get('error_message', 'error')}")
        continue
    ns = b["cpu_time"] * UNIT[b.get("time_unit", "ns")]
    if b.get("run_type") == "aggregate":
        if b.get("aggregate_name") == "median":
            times[name] = ns
    else:
        single.setdefault(name, ns)
for name, ns in single.items():
    times.setdefault(name, ns)

def show(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.1f} us"
    return f"{ns:.0f} ns"

failed = False
for e in errors:
    print(f"benchmark error: {e}")
    failed = True

def need(name):
    global failed
    if name not in times:
        print(f"{name}: missing from the results")
        failed = True
    return times.get(name)

full, raw, incremental = need("BM_FullValidation"), need("BM_RawXPath"), need("BM_IncrementalChange")
if full and raw and incremental:
    print(f"full validation (500 fields): {show(full)}, raw XPath: {show(raw)}, one change: {show(incremental)}")
    ratio = full / raw
    ok = ratio <= 1.5
    failed |= not ok
    print(f"full validation / raw XPath = {ratio:.2f} (target <= 1.5): {'OK' if ok else 'MISSED'}")
    speedup = full / incremental
    ok = speedup >= 20
    failed |= not ok
    print(f"full / incremental = {speedup:.0f}x (target >= 20x): {'OK' if ok else 'MISSED'}")

loads = sorted((n, t) for n, t in times.items() if n.startswith("BM_LoadShippedForm/"))
if loads:
    print()
    print("load + resolve + compile per shipped form:")
    width = max(len(n) for n, _ in loads) - len("BM_LoadShippedForm/")
    for name, ns in loads:
        print(f"  {name[len('BM_LoadShippedForm/'):]:<{width}}  {show(ns)}")
else:
    print("no shipped forms were benchmarked")
    failed = True

sys.exit(1 if failed else 0)
EOF
