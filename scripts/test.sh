#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The second README command: installs what is missing, builds with AddressSanitizer and UBSan,
# and runs every test (labels unit, integration, gui) inside a private D-Bus session with an
# unlocked gnome-keyring, so the keychain tests talk to a real Secret Service. The mail lab is
# started and stopped by ctest's "lab" fixture. Extra arguments go to ctest (e.g. -L unit).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

scripts/setup-deps.sh
scripts/build.sh asan

export ASAN_OPTIONS="detect_leaks=0:abort_on_error=0:halt_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export MW_LAB_DIR="${MW_LAB_DIR:-/tmp/mwlab}"

status=0
"$root/tests/lab/keychain-session.sh" \
    ctest --test-dir "$root/build/asan" --output-on-failure -j "$(nproc)" "$@" || status=$?
"$root/tests/lab/mail-lab.sh" stop >/dev/null 2>&1 || true
exit $status
