#!/usr/bin/env bash
# Installs, builds, and starts the Parity desktop app on the default local database
# ($PARITY_DB, else $XDG_DATA_HOME/parity/parity.db, else ~/.local/share/parity/parity.db).
# Arguments go to the app, e.g. --db /path/to/agency.db or --plugins DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec build/host/gui/parity "$@"
