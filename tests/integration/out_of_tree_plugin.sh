#!/usr/bin/env bash
# Installs Parity into a scratch prefix, builds examples/plugin-template against it with
# find_package(Parity), and checks that the installed parity-cli loads the result — both
# from --plugins and from <prefix>/lib/.../parity/plugins. This is what a developer
# writing a new state's plugin does, following docs/plugin-guide.md.
set -euo pipefail
build_dir=$1 source_dir=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cmake --install "$build_dir" --prefix "$scratch/prefix" > "$scratch/install.log"
cmake -S "$source_dir/examples/plugin-template" -B "$scratch/plugin-build" -G Ninja \
      -DCMAKE_PREFIX_PATH="$scratch/prefix" > "$scratch/configure.log"
cmake --build "$scratch/plugin-build" > "$scratch/build.log"
test -f "$scratch/plugin-build/example-state.so"

cli="$scratch/prefix/bin/parity-cli"
export XDG_DATA_HOME="$scratch/xdg" PARITY_PLUGIN_PATH=""
out=$("$cli" plugins --json --plugins "$scratch/plugin-build")
echo "$out"
# The installed host finds the three plugins installed beside it, and the new one.
for id in arkansas california-medi-cal new-mexico example-state; do
    grep -q "\"id\": \"$id\"" <<<"$out" || { echo "FAIL: plugin $id not loaded"; exit 1; }
done
grep -q '"rejected": \[\]' <<<"$out" || { echo "FAIL: something was rejected"; exit 1; }
grep -q "\"path\": \"$scratch/prefix/lib" <<<"$out" || { echo "FAIL: not loaded from the prefix"; exit 1; }
echo "out-of-tree plugin: OK"
