#!/usr/bin/env bash
# Builds a libFuzzer target over the parity_core sources with clang and runs it.
#
# Usage: tests/fuzz/run_fuzz.sh SOURCE_DIR BUILD_DIR SECONDS [TARGET]
#   TARGET: form_definition (default) or expression (fuzz_<TARGET>.cpp in this folder).
#
# The project itself builds with g++; libFuzzer needs clang, so this script compiles the
# parity_core sources (the list in host/core/CMakeLists.txt) and the embedded core forms
# itself, with -fsanitize=fuzzer,address,undefined, into BUILD_DIR/fuzz/. Objects are
# rebuilt only when a source, a header or the flags changed.
#
# Before fuzzing, every known crash input in tests/fuzz/regressions/ is replayed
# (*.xml for form_definition, *.expr for expression); one that still fails makes the
# run fail too (after fuzzing), naming the input. Then the target
# runs for SECONDS seconds on BUILD_DIR/fuzz/corpus/TARGET (kept between runs, it grows)
# seeded with the shipped forms (forms/*.xml, plugins/*/forms/*.xml) and tests/fuzz/seeds/.
# A crash, leak, undefined behaviour, escaped exception or timeout exits non-zero and
# leaves the input under BUILD_DIR/fuzz/artifacts/, whose path is printed.
#
# Environment: CLANGXX (default clang++-14), FUZZ_JOBS (parallel compiles, default 2),
# FUZZ_TIMEOUT (seconds one input may take, default 30), FUZZ_SEED (libFuzzer's random seed;
# 0, the default, picks a new one each run), FUZZ_OPTIONS (more libFuzzer flags).
set -euo pipefail

if [[ $# -lt 3 ]]; then
    echo "usage: $0 SOURCE_DIR BUILD_DIR SECONDS [form_definition|expression]" >&2
    exit 2
fi
source_dir=$(cd "$1" && pwd)
mkdir -p "$2"
build_dir=$(cd "$2" && pwd)
seconds=$3
target=${4:-form_definition}
fuzz_src="$source_dir/tests/fuzz"
if [[ ! -f "$fuzz_src/fuzz_$target.cpp" ]]; then
    echo "no fuzz target '$target' ($fuzz_src/fuzz_$target.cpp)" >&2
    exit 2
fi
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
    echo "SECONDS must be a whole number, not '$seconds'" >&2
    exit 2
fi

cxx=${CLANGXX:-clang++-14}
if ! command -v "$cxx" > /dev/null; then
    echo "$cxx not found: install clang-14, libfuzzer-14-dev and libclang-rt-14-dev (or set CLANGXX)" >&2
    exit 2
fi
jobs=${FUZZ_JOBS:-2}
out="$build_dir/fuzz"
obj="$out/obj"
mkdir -p "$obj" "$out/gen" "$out/artifacts" "$out/corpus/$target" "$out/seeds/$target"

# ---- build (one build at a time, even if two targets run at once) ----------------------
exec 9> "$out/.build.lock"
flock 9

flags=(-std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
       -fno-omit-frame-pointer -DBOOST_DLL_USE_STD_FS
       "-DPARITY_BUILD_DIR=\"$build_dir\"" "-DPARITY_INSTALL_PLUGIN_SUBDIR=\"lib/parity/plugins\""
       -I"$source_dir/host/core/src" -I"$source_dir/host/sdk/include" -I"$fuzz_src")
libs=(-lpugixml -ldate-tz -ldl -lpthread)
for lib in sqlite3 sodium; do   # only pulled in if a core object that is linked needs them
    if pkg-config --exists "lib$lib" 2> /dev/null || pkg-config --exists "$lib" 2> /dev/null; then
        libs+=("-l$lib")
    fi
done

# The flags are part of what an object depends on.
flag_stamp="$obj/flags.txt"
if [[ ! -f "$flag_stamp" ]] || [[ "$(cat "$flag_stamp")" != "$cxx ${flags[*]}" ]]; then
    rm -f "$obj"/*.o "$obj"/*.a "$out/fuzz_form_definition" "$out/fuzz_expression"
    echo "$cxx ${flags[*]}" > "$flag_stamp"
fi

# The national core forms, embedded exactly as host/core/CMakeLists.txt does it.
core_forms=$(find "$source_dir/forms" -maxdepth 1 -name '*.xml' | sort | paste -sd '|')
cmake "-DOUTPUT=$out/gen/core_forms_embedded.cpp" "-DFORMS=$core_forms" \
      "-DFUNCTION=parity::forms::coreFormSources" "-DHEADER=forms/core_forms.h" \
      -P "$source_dir/cmake/ParityEmbedForms.cmake"

# parity_core's sources, as its CMakeLists lists them.
mapfile -t core_sources < <(grep -oE 'src/[A-Za-z0-9_/.-]+\.cpp' "$source_dir/host/core/CMakeLists.txt" |
                            sort -u | sed "s|^|$source_dir/host/core/|")
if [[ ${#core_sources[@]} -eq 0 ]]; then
    echo "found no sources in host/core/CMakeLists.txt" >&2
    exit 2
fi
sources=("${core_sources[@]}" "$out/gen/core_forms_embedded.cpp")

# Any header change rebuilds what may include it (simple, and safe).
newest() { find "$@" -name '*.h' -printf '%T@ %p\n' | sort -n | tail -1 | cut -d' ' -f2-; }
core_header=$(newest "$source_dir/host/core/src" "$source_dir/host/sdk/include")
harness_header=$(newest "$source_dir/host/core/src" "$source_dir/host/sdk/include" "$fuzz_src")

object_for() {   # a unique object name per source
    local rel=${1#"$source_dir/"}
    rel=${rel#"$out/"}
    echo "$obj/$(echo "$rel" | tr '/' '_').o"
}

needs_build() {   # needs_build OUTPUT INPUT...
    local output=$1
    shift
    [[ -f "$output" ]] || return 0
    local input
    for input in "$@"; do
        [[ "$input" -nt "$output" ]] && return 0
    done
    return 1
}

failed=0
running=0
compile() {   # compile SOURCE NEWEST_HEADER
    local src=$1 o
    o=$(object_for "$src")
    if needs_build "$o" "$src" "$2" "$flag_stamp"; then
        echo "  compiling ${src#"$source_dir/"}"
        ( "$cxx" "${flags[@]}" -c "$src" -o "$o.tmp" && mv "$o.tmp" "$o" ) &
        running=$((running + 1))
        if (( running >= jobs )); then
            wait -n || failed=1
            running=$((running - 1))
        fi
    fi
}

echo "building fuzz_$target in $out (with $cxx)"
objects=()
for src in "${sources[@]}"; do
    if [[ ! -f "$src" ]]; then
        echo "host/core/CMakeLists.txt lists $src, which does not exist" >&2
        exit 2
    fi
    compile "$src" "$core_header"
    objects+=("$(object_for "$src")")
done
harness="$fuzz_src/fuzz_$target.cpp"
compile "$harness" "$harness_header"
while (( running > 0 )); do
    wait -n || failed=1
    running=$((running - 1))
done
if (( failed )); then
    echo "compilation failed" >&2
    exit 2
fi

# Core objects go into an archive, so that only what the target uses is linked.
archive="$obj/libparity_core_fuzz.a"
if needs_build "$archive" "${objects[@]}"; then
    rm -f "$archive"
    ar qc "$archive" "${objects[@]}"
    ranlib "$archive"
fi
binary="$out/fuzz_$target"
if needs_build "$binary" "$(object_for "$harness")" "$archive"; then
    echo "  linking fuzz_$target"
    "$cxx" "${flags[@]}" "$(object_for "$harness")" "$archive" "${libs[@]}" -o "$binary.tmp"
    mv "$binary.tmp" "$binary"
fi
flock -u 9

# ---- seeds -------------------------------------------------------------------------------
seeds="$out/seeds/$target"
rm -f "$seeds"/*
if [[ "$target" == form_definition ]]; then
    for f in "$source_dir"/forms/*.xml "$source_dir"/plugins/*/forms/*.xml; do
        [[ -f "$f" ]] || continue
        rel=${f#"$source_dir/"}
        cp "$f" "$seeds/$(echo "$rel" | tr '/' '_')"
    done
else
    # Every expression written in the shipped forms, one per seed file.
    python3 - "$seeds" "$source_dir"/forms/*.xml "$source_dir"/plugins/*/forms/*.xml <<'EOF'
import glob, os, sys
import xml.etree.ElementTree as ET
out, files = sys.argv[1], [f for f in sys.argv[2:] if os.path.isfile(f)]
seen = set()
for path in files:
    try:
        tree = ET.parse(path)
    except ET.ParseError:
        continue
    for element in tree.iter():
        for name in ("assert", "when", "relevant", "calculate", "required"):
            value = element.get(name)
            if value and value not in ("true", "false") and value not in seen:
                seen.add(value)
                with open(os.path.join(out, f"shipped-{len(seen):03d}.txt"), "w") as f:
                    f.write(value)
EOF
fi
for f in "$fuzz_src/seeds/$target"/*; do
    [[ -f "$f" ]] && cp "$f" "$seeds/"
done

dict="$fuzz_src/form.dict"
target_options=()
if [[ "$target" == expression ]]; then
    dict="$fuzz_src/expression.dict"
    target_options=(-max_len=2048)   # the seeds are short; let expressions grow past them
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# ---- known crashes first ------------------------------------------------------------------
# tests/fuzz/regressions/*.xml are form definitions, *.expr expressions.
regressions=()
suffix=xml
[[ "$target" == expression ]] && suffix=expr
for f in "$fuzz_src/regressions"/*."$suffix"; do
    [[ -f "$f" ]] && regressions+=("$f")
done
regression_failed=0
if (( ${#regressions[@]} )); then
    echo "replaying ${#regressions[@]} regression input(s): tests/fuzz/regressions/*.$suffix"
    for f in "${regressions[@]}"; do
        name=$(basename "$f")
        if ! "$binary" -timeout="${FUZZ_TIMEOUT:-30}" -runs=1 "$f" > "$out/regression-$name.log" 2>&1; then
            echo "REGRESSION FAILS: $f (log: $out/regression-$name.log)" >&2
            grep -E "SUMMARY: |runtime error|what\(\)" "$out/regression-$name.log" | head -3 | cut -c1-300 >&2 || true
            regression_failed=1
        fi
    done
fi

# ---- fuzz -----------------------------------------------------------------------------------
log="$out/fuzz_$target.log"
echo "fuzzing fuzz_$target for $seconds s (log: $log)"
start_marker="$out/.run_start"
touch "$start_marker"
set +e
# shellcheck disable=SC2086
"$binary" -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-30}" -rss_limit_mb=2048 -seed="${FUZZ_SEED:-0}" \
    -dict="$dict" -artifact_prefix="$out/artifacts/$target-" -print_final_stats=1 \
    "${target_options[@]}" ${FUZZ_OPTIONS:-} "$out/corpus/$target" "$seeds" > "$log" 2>&1
status=$?
set -e

grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)" "$log" | tail -2 || true
grep -E "^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)" "$log" || true
if (( status != 0 )); then
    echo "fuzz_$target FAILED (exit $status):" >&2
    grep -E "ERROR: |SUMMARY: |runtime error|Test unit written|deadly signal|uncaught exception|what\(\)" "$log" |
        head -20 >&2 || true
    grep -E "^    #[0-9]+ 0x" "$log" | grep -vE "libFuzzer|fuzzer::|__sanitizer|__asan|__ubsan|libc\.so" |
        head -15 >&2 || true
    for artifact in $(find "$out/artifacts" -type f -newer "$start_marker" 2> /dev/null); do
        echo "crash input kept at: $artifact" >&2
    done
    exit 1
fi
echo "fuzz_$target: no crash, leak or undefined behaviour in $seconds s"
if (( regression_failed )); then
    echo "but known crash inputs in tests/fuzz/regressions/ still fail (see above)" >&2
    exit 1
fi
