#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts Mailwright under Xvfb against the mail lab (the --demo account) and saves PNGs of the
# main window, the composer and the outbox into docs/screenshots/ (the app's hidden
# --screenshot option grabs each window with QWidget::grab).
#   tests/gui/screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build/dev}
out=${2:-$here/docs/screenshots}
export MW_LAB_DIR=${MW_LAB_DIR:-/tmp/mwlab}
lab=$here/tests/lab/mail-lab.sh

started=
if ! "$lab" status >/dev/null 2>&1; then
    "$lab" start
    started=1
fi
cleanup() { [[ -z $started ]] || "$lab" stop; rm -rf "$config"; }
config=$(mktemp -d /tmp/mw-shots.XXXXXX)
trap cleanup EXIT
eval "$("$lab" env)"

mkdir -p "$out"
# A fixed, common size and the Fusion style so pictures do not depend on the desktop.
xvfb-run -a -s "-screen 0 1280x800x24" \
    env -u QT_QPA_PLATFORM MAILWRIGHT_CONFIG_DIR="$config" QT_STYLE_OVERRIDE=Fusion \
    "$build/bin/mailwright" --demo --screenshot "$out"
ls -l "$out"/*.png
