#!/usr/bin/env bash
# Installs every Debian 12 package Parity needs to build, run and test.
# A no-op (no apt-get at all) when everything is already installed.
set -euo pipefail

packages=(
  build-essential cmake pkg-config ninja-build
  libwxgtk3.2-dev
  libboost-dev libboost-test-dev
  libpugixml-dev libsqlite3-dev sqlite3 libsodium-dev
  nlohmann-json3-dev libcli11-dev libhowardhinnant-date-dev tzdata
  libcairo2-dev libpango1.0-dev
  libbenchmark-dev
  libxml2-utils
  xvfb xauth
  clang libfuzzer-14-dev libclang-rt-14-dev
  gettext
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
