#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Send throughput on loopback: mailwright-cli send --eml (all messages over one connection)
# vs msmtp (one process per message, as scripts usually send) vs Postfix's smtp-source (a C load
# generator: the ceiling), all to Postfix's smtp-sink on a free loopback port, plain SMTP.
# Plus the peak RSS of mailwright-cli sending one message with a 25 MB attachment.
#
# Usage (Release build first):
#   cmake --preset release && cmake --build --preset release
#   tests/bench/send_throughput.sh [BUILD_DIR]        # default build/release
# Environment: MW_BENCH_MESSAGES (default 1000), MW_BENCH_MSMTP (messages for msmtp, default
# 200: at ~10-100 ms per process a full run takes minutes; the rate is per message anyway).
set -eu

BUILD=${1:-build/release}
CLI=$BUILD/bin/mailwright-cli
N=${MW_BENCH_MESSAGES:-1000}
NMSMTP=${MW_BENCH_MSMTP:-200}
[ -x "$CLI" ] || { echo "no $CLI; build the release preset first" >&2; exit 1; }
for tool in /usr/sbin/smtp-sink /usr/sbin/smtp-source /usr/bin/msmtp /usr/bin/time python3; do
    [ -x "$tool" ] || command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done

WORK=$(mktemp -d /tmp/mwbench.XXXXXX)
SINK_PID=
cleanup() {
    [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# -u: smtp-sink refuses to run as root without dropping privileges. Backlog 256.
/usr/sbin/smtp-sink -u nobody 127.0.0.1:"$PORT" 256 </dev/null >/dev/null 2>&1 &
SINK_PID=$!
python3 - "$PORT" <<'PY'
import socket, sys, time
for _ in range(100):
    try:
        socket.create_connection(("127.0.0.1", int(sys.argv[1])), 0.2).close(); sys.exit(0)
    except OSError:
        time.sleep(0.05)
sys.exit("smtp-sink did not start")
PY

# Messages: every other one 2 KiB, the others 100 KiB, CRLF, plain ASCII text.
python3 - "$WORK/msgs" "$N" <<'PY'
import os, sys
out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out)
line = b"The quick brown fox jumps over the lazy dog 0123456789 abcdefghij\r\n"
for i in range(n):
    size = 2048 if i % 2 == 0 else 102400
    head = (b"From: Bench <bench@bench.test>\r\nTo: sink@bench.test\r\n"
            b"Subject: bench %d\r\nMessage-ID: <bench-%d@bench.test>\r\n"
            b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" % (i, i))
    body = line * ((size - len(head)) // len(line) + 1)
    with open(os.path.join(out, "m%05d.eml" % i), "wb") as f:
        f.write((head + body)[:size - 2] + b"\r\n")
PY

now() { python3 -c 'import time; print(time.monotonic())'; }
elapsed() { python3 -c "print(f'{$2 - $1:.3f}')"; }

# 1. mailwright-cli: all N through the outbox, one connection.
t0=$(now)
"$CLI" send --config-dir "$WORK/cfg" --smtp-host 127.0.0.1 --smtp-port "$PORT" \
    --security none -t --eml "$WORK"/msgs/*.eml >"$WORK/mw.out" 2>"$WORK/mw.err" \
    || { echo "mailwright-cli failed:" >&2; tail -5 "$WORK/mw.err" >&2; exit 1; }
t1=$(now)
T_MW=$(elapsed "$t0" "$t1")
SENT=$(grep -c '^sent:' "$WORK/mw.out" || true)
[ "$SENT" -eq "$N" ] || { echo "mailwright-cli sent $SENT of $N" >&2; exit 1; }

# 2. msmtp, one process per message (same 2 KiB / 100 KiB mix).
t0=$(now)
i=0
for f in "$WORK"/msgs/*.eml; do
    [ "$i" -lt "$NMSMTP" ] || break
    /usr/bin/msmtp --host=127.0.0.1 --port="$PORT" --auth=off --tls=off --domain=localhost \
        --from=bench@bench.test -t <"$f"
    i=$((i + 1))
done
t1=$(now)
T_MSMTP=$(elapsed "$t0" "$t1")

# 3. smtp-source: one session at a time (-s 1), half the messages of each size.
t0=$(now)
/usr/sbin/smtp-source -s 1 -m $((N / 2)) -l 2048 -f bench@bench.test -t sink@bench.test \
    127.0.0.1:"$PORT"
/usr/sbin/smtp-source -s 1 -m $((N - N / 2)) -l 102400 -f bench@bench.test \
    -t sink@bench.test 127.0.0.1:"$PORT"
t1=$(now)
T_SRC=$(elapsed "$t0" "$t1")

# 4. Peak RSS: one message with a 25 MB attachment (random bytes: ~34 MB once base64-encoded).
head -c 25000000 /dev/urandom >"$WORK/big.bin"
/usr/bin/time -v "$CLI" send --config-dir "$WORK/cfg-big" --smtp-host 127.0.0.1 \
    --smtp-port "$PORT" --security none --from bench@bench.test --to sink@bench.test \
    --subject big --attach "$WORK/big.bin" >/dev/null 2>"$WORK/time.err" \
    || { echo "25 MB send failed:" >&2; tail -5 "$WORK/time.err" >&2; exit 1; }
RSS_KB=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.err")

python3 - "$N" "$T_MW" "$NMSMTP" "$T_MSMTP" "$T_SRC" "$RSS_KB" <<'PY'
import sys
n, t_mw, n_ms, t_ms, t_src, rss = sys.argv[1:]
n, n_ms, rss = int(n), int(n_ms), int(rss)
mw, ms, src = n / float(t_mw), n_ms / float(t_ms), n / float(t_src)
print(f"{n} messages (2 KiB / 100 KiB alternating) to smtp-sink on loopback, plain SMTP")
print(f"{'sender':<38}{'msgs':>6}{'seconds':>9}{'msg/s':>9}{'vs msmtp':>10}{'vs smtp-source':>16}")
for name, cnt, t, rate in (("mailwright-cli send --eml (1 conn.)", n, t_mw, mw),
                           ("msmtp, one process per message", n_ms, t_ms, ms),
                           ("smtp-source -s 1 (ceiling)", n, t_src, src)):
    print(f"{name:<38}{cnt:>6}{float(t):>9.2f}{rate:>9.0f}{rate / ms:>9.1f}x{rate / src:>15.2f}x")
print(f"peak RSS, one message with a 25 MB attachment: {rss / 1024:.1f} MiB")
ok = mw >= 10 * ms and mw >= 0.5 * src and rss < 60 * 1024
print("targets (>= 10x msmtp, >= 0.5x smtp-source, RSS < 60 MB):", "met" if ok else "MISSED")
PY
