#!/usr/bin/env bash
# Runs the record-store and audit-trail benchmarks and prints, in words, the targets:
#
#   submit / raw SQLite insert     >= 0.5 in throughput  (validate + store + audit entry +
#                                                          checkpoint, against one plain
#                                                          insert of the same bytes; WAL,
#                                                          synchronous=FULL, one transaction
#                                                          each; compared in wall time: both
#                                                          wait on fsync)
#   verify / raw SHA-256           >= 0.5 in throughput  (AuditTrail::verify over 100,000
#                                                          entries against libsodium SHA-256
#                                                          of the same bytes; CPU time: both
#                                                          are CPU-bound, the trail is cached)
#   peak memory of verify          < 64 MiB              (1,000,000 entries, ru_maxrss)
#
# Exits 1 if a target is missed, 2 if the benchmark program is missing or fails.
#
# Usage: bench/run_store_benchmarks.sh BUILD_DIR [extra Google Benchmark options...]
#   BUILD_DIR is a build configured with -DBUILD_BENCH=ON (use a Release build for numbers).
#   BENCH_REPETITIONS (default 3): each benchmark runs that many times; medians are compared.
#   The repetitions of all benchmarks are interleaved in random order, so that a busy
#   moment on a shared machine (or disk) falls on both sides of a ratio, not on one.
#   STORE_VERIFY_ENTRIES (default 1000000): the size of the trail for the memory check
#   (building it takes about a minute and ~1 GB in $TMPDIR, removed afterwards).
#   The JSON results are kept in BUILD_DIR/bench/store-benchmark-results.json.
set -euo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: $0 BUILD_DIR [benchmark options...]" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
shift
binary="$build_dir/bench/parity_bench_store"
if [[ ! -x "$binary" ]]; then
    echo "$binary not found: configure with -DBUILD_BENCH=ON and build target parity_bench_store" >&2
    exit 2
fi
results="$build_dir/bench/store-benchmark-results.json"
memory_results="$build_dir/bench/store-verify-memory.json"
repetitions="${BENCH_REPETITIONS:-3}"
entries="${STORE_VERIFY_ENTRIES:-1000000}"

build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt" 2>/dev/null || true)
case "$build_type" in
    Release|RelWithDebInfo|MinSizeRel) ;;
    *) echo "warning: $build_dir is a '${build_type:-unknown}' build: numbers are only meaningful in Release" >&2 ;;
esac

echo "running $binary ($repetitions repetitions) ..."
if ! "$binary" --benchmark_format=json --benchmark_out="$results" --benchmark_out_format=json \
        --benchmark_repetitions="$repetitions" --benchmark_report_aggregates_only=true \
        --benchmark_enable_random_interleaving=true \
        "$@" > /dev/null; then
    echo "the benchmark program failed" >&2
    exit 2
fi
echo "results: $results"
echo "building and verifying a $entries-entry trail for the memory check ..."
if ! "$binary" --verify-memory "$entries" > "$memory_results"; then
    echo "the memory check failed: $(cat "$memory_results")" >&2
    exit 2
fi
echo

python3 - "$results" "$memory_results" "$entries" <<'PYEOF'
import json, sys

with open(sys.argv[1]) as f:
    data = json.load(f)
with open(sys.argv[2]) as f:
    memory = json.loads(f.read().strip().splitlines()[-1])
wanted_entries = int(sys.argv[3])

# Real and CPU time (ns) per benchmark: the median of the repetitions, or the single run.
# Names lose their "/min_time:..." and "/real_time" decorations: BM_Verify/100000.
UNIT = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}
def base(name):
    return "/".join(p for p in name.split("/") if not p.startswith("min_time:") and p != "real_time")
real, cpu, errors, single = {}, {}, [], {}
for b in data["benchmarks"]:
    name = base(b.get("run_name", b["name"]))
    if b.get("error_occurred"):
        errors.append(f"{name}: {b.get('error_message', 'error')}")
        continue
    unit = UNIT[b.get("time_unit", "ns")]
    times = (b["real_time"] * unit, b["cpu_time"] * unit)
    if b.get("run_type") == "aggregate":
        if b.get("aggregate_name") == "median":
            real[name], cpu[name] = times
    else:
        single.setdefault(name, times)
for name, (r, c) in single.items():
    real.setdefault(name, r)
    cpu.setdefault(name, c)

def show(ns):
    if ns >= 1e9:
        return f"{ns / 1e9:.2f} s"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.1f} us"
    return f"{ns:.0f} ns"

failed = False
for e in errors:
    print(f"benchmark error: {e}")
    failed = True

def need(table, name):
    global failed
    if name not in table:
        print(f"{name}: missing from the results")
        failed = True
    return table.get(name)

def judge(label, ratio, ok, target):
    global failed
    failed |= not ok
    print(f"{label} = {ratio:.2f} (target {target}): {'OK' if ok else 'MISSED'}")

submit, raw_insert = need(real, "BM_Submit"), need(real, "BM_RawInsert")
if submit and raw_insert:
    print(f"submit: {show(submit)} per record ({1e9 / submit:.0f}/s); raw SQLite insert of the same bytes: "
          f"{show(raw_insert)} ({1e9 / raw_insert:.0f}/s)  [wall time]")
    ratio = raw_insert / submit   # throughput ratio: submit/s over raw inserts/s
    judge("submit / raw insert throughput", ratio, ratio >= 0.5, ">= 0.5")

verify_names = sorted(n for n in cpu if n.startswith("BM_Verify/"))
for verify_name in verify_names:
    n = verify_name.split("/")[1]
    verify, raw_hash = cpu[verify_name], need(cpu, f"BM_RawSha256/{n}")
    if raw_hash:
        print(f"verify of {int(n):,} entries: {show(verify)} ({int(n) * 1e9 / verify:,.0f} entries/s); raw SHA-256 "
              f"of the same bytes: {show(raw_hash)}  [CPU time]")
        ratio = raw_hash / verify
        judge("verify / raw SHA-256 throughput", ratio, ratio >= 0.5, ">= 0.5")
if not verify_names:
    print("BM_Verify: missing from the results")
    failed = True

peak_mib = memory["peak_rss_kib"] / 1024
ok = memory["ok"] and memory["entries"] == wanted_entries
if not ok:
    print(f"the {wanted_entries:,}-entry trail did not verify: {memory['problem']}")
print(f"verify of {memory['entries']:,} entries: {memory['verify_seconds']:.1f} s, peak RSS {peak_mib:.1f} MiB "
      f"(before verifying: {memory['peak_rss_kib_before_verify'] / 1024:.1f} MiB; trail built in "
      f"{memory['build_seconds']:.0f} s, {memory['database_bytes'] / 2**20:.0f} MiB on disk)")
ok = ok and peak_mib < 64
failed |= not ok
print(f"peak memory of a {wanted_entries:,}-entry verify = {peak_mib:.1f} MiB (target < 64 MiB): "
      f"{'OK' if ok else 'MISSED'}")

sys.exit(1 if failed else 0)
PYEOF
