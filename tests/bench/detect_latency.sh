#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Wall time of `mailwright-cli detect` beside `msmtp --serverinfo` run on each SMTP candidate in
# turn (smtp./mail./bare domain × 465, 587, 25) with msmtp's default timeouts, the way a script
# would probe. Two cases: 465 silent (accepts, never speaks) + 587 answering, and every port
# answering. Real servers: the mail lab's Postfix behind mail.lab.test's standard ports, in a
# private DNS + network namespace (tests/lab/dns-lab.sh; root).
#
#   tests/bench/detect_latency.sh [BUILD_DIR]      (default build/release; Release build)
# Env: MSMTP_CAP seconds after which a hanging msmtp run is stopped (default 30).
# With nft (Debian package nftables) a third case drops every SYN to 465 inside the private
# network namespace, so the silent port is a real connect timeout, not a mute listener.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/release}
cli="$build/bin/mailwright-cli"
[ -x "$cli" ] || { echo "no $cli (cmake -DCMAKE_BUILD_TYPE=Release -B build/release)" >&2; exit 69; }

if [ -z "${MW_DNS_LAB_DIR:-}" ]; then
    exec "$root/tests/lab/dns-lab.sh" --config "$here/detect/lab.conf" -- \
        "$root/tests/integration/setup/with-mail-lab.sh" "$0" "$build"
fi

cap=${MSMTP_CAP:-30}
ms() { date +%s%3N; }
run_case() { # NAME SPEC
    local name=$1 spec=$2
    python3 "$here/detect/ports.py" "$spec" >"$MW_DNS_LAB_DIR/ports.out" 2>&1 &
    local helper=$!
    for _ in $(seq 100); do grep -q ready "$MW_DNS_LAB_DIR/ports.out" && break; sleep 0.05; done
    sleep 0.2 # every listener thread bound
    local t0 t1 detect_ms rc
    t0=$(ms)
    rc=0
    "$cli" detect "$MW_LAB_USER1" --no-login --json --ca-file "$MW_LAB_CA" \
        >"$MW_DNS_LAB_DIR/detect.json" || rc=$?
    t1=$(ms)
    detect_ms=$((t1 - t0))
    local chosen
    chosen=$(python3 - "$MW_DNS_LAB_DIR/detect.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["smtp"]
print("%s:%s" % (s["host"], s["port"]) if s else "none")
PY
)
    # msmtp, candidate after candidate, as a shell loop would do it.
    local m0 m1 msmtp_ms found=none hung=0
    m0=$(ms)
    for host in smtp.lab.test mail.lab.test lab.test; do
        for port in 465 587 25; do
            local tls=(--tls=on --tls-starttls=on)
            [ "$port" = 465 ] && tls=(--tls=on --tls-starttls=off)
            local r=0
            timeout "$cap" msmtp --serverinfo --host="$host" --port="$port" "${tls[@]}" \
                --tls-trust-file="$MW_LAB_CA" >/dev/null 2>&1 || r=$?
            [ "$r" = 124 ] && hung=$((hung + 1))
            if [ "$r" = 0 ]; then found="$host:$port"; break 2; fi
        done
    done
    m1=$(ms)
    msmtp_ms=$((m1 - m0))
    kill "$helper" 2>/dev/null || true
    wait "$helper" 2>/dev/null || true
    local note=""
    [ "$hung" -gt 0 ] && note=" ($hung run(s) stopped after ${cap} s)"
    printf '| %-28s | %6d ms (%s, exit %d) | %6d ms (%s)%s |\n' "$name" "$detect_ms" "$chosen" \
        "$rc" "$msmtp_ms" "$found" "$note"
}

echo "| case                         | mailwright-cli detect          | msmtp --serverinfo in turn |"
echo "|------------------------------|--------------------------------|----------------------------|"
H=127.0.0.2 L=$MW_LAB_HOST
run_case "465 silent, 587 answers" \
    "silent $H 465, fwd $H 587 $L $MW_LAB_SMTP_STARTTLS_PORT, fwd $H 993 $L $MW_LAB_IMAPS_PORT, fwd $H 995 $L $MW_LAB_POP3S_PORT"
# A firewall that drops: only inside the private network namespace (never the host's rules).
if command -v nft >/dev/null 2>&1 &&
    [ "$(readlink /proc/self/ns/net)" != "$(readlink /proc/1/ns/net)" ]; then
    nft add table inet mwbench
    nft add chain inet mwbench input '{ type filter hook input priority 0; }'
    nft add rule inet mwbench input ip daddr "$H" tcp dport 465 tcp flags syn drop
    run_case "465 dropped (nft), 587 answers" \
        "fwd $H 587 $L $MW_LAB_SMTP_STARTTLS_PORT, fwd $H 993 $L $MW_LAB_IMAPS_PORT, fwd $H 995 $L $MW_LAB_POP3S_PORT"
    nft delete table inet mwbench
fi
run_case "all answer" \
    "fwd $H 465 $L $MW_LAB_SMTP_TLS_PORT, fwd $H 587 $L $MW_LAB_SMTP_STARTTLS_PORT, fwd $H 993 $L $MW_LAB_IMAPS_PORT, fwd $H 995 $L $MW_LAB_POP3S_PORT"
