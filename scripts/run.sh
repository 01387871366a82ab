#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The first README command: installs what is missing, builds (Release) and starts Mailwright.
#   scripts/run.sh          start the app with your own settings
#   scripts/run.sh --demo   start the local mail lab and the app with a ready demo account
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

demo=0
args=()
for arg in "$@"; do
    if [[ "$arg" == "--demo" ]]; then demo=1; else args+=("$arg"); fi
done

if ((demo)); then
    scripts/setup-deps.sh
else
    scripts/setup-deps.sh --runtime-only
fi
scripts/build.sh release

if ((demo)); then
    "$root/tests/lab/mail-lab.sh" start
    eval "$("$root/tests/lab/mail-lab.sh" env)"
    # The demo keeps its settings apart from yours.
    export MAILWRIGHT_CONFIG_DIR="$MW_LAB_DIR/demo-config"
    echo "Mail lab running; stop it with: tests/lab/mail-lab.sh stop"
    exec "$root/build/release/bin/mailwright" --demo "${args[@]}"
fi
exec "$root/build/release/bin/mailwright" "${args[@]}"
