#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs COMMAND with a mail lab of its own: meant to run inside tests/lab/dns-lab.sh, whose
# private network namespace cannot reach the lab of the ctest fixture. The lab lives under the
# DNS lab's temp dir (short path, removed with it) and is stopped afterwards.
#   with-mail-lab.sh COMMAND [ARGS...]
set -u
here=$(cd "$(dirname "$0")" && pwd)
lab="$here/../../lab/mail-lab.sh"
export MW_LAB_DIR="${MW_DNS_LAB_DIR:?run inside dns-lab.sh}/ml"
if ! "$lab" start >"$MW_DNS_LAB_DIR/mail-lab.out" 2>&1; then
    echo "with-mail-lab.sh: the mail lab did not start:" >&2
    cat "$MW_DNS_LAB_DIR/mail-lab.out" >&2
    exit 69
fi
eval "$("$lab" env)"
rc=0
"$@" || rc=$?
"$lab" stop >/dev/null 2>&1 || true
exit "$rc"
