#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Header sync of a 50,000-message INBOX (Release build):
#   1. a generator writes the messages straight into the lab Dovecot's Maildir (carol's INBOX);
#   2. the ceiling: one raw `UID FETCH 1:* (UID FLAGS RFC822.SIZE ENVELOPE)` over one TLS
#      connection (python3 + ssl, reading bytes to the tagged OK, no parsing);
#   3. mbsync (isync) pulling the same INBOX into a temporary Maildir (FSync off);
#   4. mailwright-cli sync (first sync into an empty cache, then a re-sync with nothing new),
#      peak RSS by /usr/bin/time -v;
#   5. list_bench: time until the message list (the GUI's paging model in a QTreeView,
#      offscreen) shows the folder from the cache.
# Dovecot's own index is built by one untimed warm-up fetch first, so every client meets the
# same warm server. Each timed step runs RUNS times (default 3); the median is reported; the raw
# fetch and the first sync take turns. Every run's times are printed to stderr.
#
#   tests/bench/sync_50k.sh [COUNT]        MW_LAB_DIR (default /tmp/mwlab-bench), RUNS, MW_BENCH_BIN
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
count=${1:-50000}
runs=${RUNS:-3}
bin=${MW_BENCH_BIN:-$root/build/release/bin}
if [[ ! -x $bin/mailwright-cli || ! -x $root/build/release/tests/bench/list_bench ]]; then
    cmake --preset release >/dev/null
    cmake --build build/release -j "$(nproc)" --target mailwright-cli list_bench
fi
list_bench=${MW_BENCH_LIST:-$root/build/release/tests/bench/list_bench}

export MW_LAB_DIR=${MW_LAB_DIR:-/tmp/mwlab-bench}
tests/lab/mail-lab.sh status >/dev/null 2>&1 || tests/lab/mail-lab.sh start >/dev/null
eval "$(tests/lab/mail-lab.sh env)"
user=$MW_LAB_USER3
export MW_BENCH_PASS=$MW_LAB_PASS3
maildir=$MW_LAB_MAILDIR_ROOT/$user/Maildir
work=$(mktemp -d /tmp/mwbench.XXXXXX)
trap 'rm -rf "$work"' EXIT

ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "generating $count messages in $maildir ..." >&2
python3 - "$maildir" "$count" <<'PY'
import os, sys, time, random, shutil
maildir, count = sys.argv[1], int(sys.argv[2])
for sub in ("cur", "new", "tmp"):
    d = os.path.join(maildir, sub)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
for f in os.listdir(maildir):  # Dovecot's index and UID list: start from a clean INBOX
    if f.startswith("dovecot"):
        p = os.path.join(maildir, f)
        shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
rnd = random.Random(42)
words = ("report meeting invoice lunch project update review draft budget travel plan "
         "release notes weekly digest question answer schedule").split()
base = 1700000000
cur = os.path.join(maildir, "cur")
for i in range(1, count + 1):
    subject = " ".join(rnd.choice(words) for _ in range(5)).capitalize()
    sender = "Sender %d <sender%d@lab.test>" % (i % 701, i % 701)
    body = "\n".join(" ".join(rnd.choice(words) for _ in range(10)) for _ in range(6))
    date = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(base + i * 60))
    msg = ("From: %s\nTo: carol@lab.test\nSubject: %s %d\nDate: %s\n"
           "Message-ID: <bench%d@lab.test>\n\n%s\n" % (sender, subject, i, date, i, body))
    flags = "S" if i % 4 else ""  # three quarters read
    with open(os.path.join(cur, "%d.M%dP1.bench:2,%s" % (base + i, i, flags)), "w") as f:
        f.write(msg)
PY
chown -R mail:mail "$MW_LAB_MAILDIR_ROOT/$user"
sync # write the generated files back now, not during the timed steps

cat >"$work/rawfetch.py" <<'PY'
import os, socket, ssl, sys, time
host, port, user, ca = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
password = os.environ["MW_BENCH_PASS"]
start = time.monotonic()
ctx = ssl.create_default_context(cafile=ca)
s = ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)
buf = b""
def until(tag):
    global buf
    while True:
        i = buf.find(tag)
        if i >= 0:
            j = buf.find(b"\r\n", i)
            if j >= 0:
                line, buf = buf[i:j], buf[j + 2:]
                return line
        chunk = s.recv(1 << 20)
        if not chunk:
            raise SystemExit("connection closed")
        buf += chunk
until(b"* OK")
def quote(t):
    return '"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"'
s.sendall(("a1 LOGIN %s %s\r\n" % (quote(user), quote(password))).encode())
assert b"OK" in until(b"a1 ")
s.sendall(b"a2 EXAMINE INBOX\r\n")
assert b"OK" in until(b"a2 ")
s.sendall(b"a3 UID FETCH 1:* (UID FLAGS RFC822.SIZE ENVELOPE)\r\n")
total = 0
while True:
    i = buf.find(b"\r\na3 ")
    if i >= 0 and buf.find(b"\r\n", i + 2) >= 0:
        break
    total += len(buf) - 8
    buf = buf[-8:]
    chunk = s.recv(1 << 20)
    if not chunk:
        raise SystemExit("connection closed")
    buf += chunk
s.sendall(b"a4 LOGOUT\r\n")
print("%d" % ((time.monotonic() - start) * 1000))
PY
raw() { python3 "$work/rawfetch.py" "$MW_LAB_HOST" "$MW_LAB_IMAPS_PORT" "$user" "$MW_LAB_CA"; }

echo "warm-up (Dovecot builds its index) ..." >&2
raw >/dev/null

mbsync_run() { # $1 = directory with a fresh or used Maildir
    local dir=$1
    mkdir -p "$dir/mail"
    cat >"$dir/mbsyncrc" <<EOF
FSync no

IMAPAccount bench
Host localhost
Port $MW_LAB_IMAPS_PORT
User $user
PassCmd "printenv MW_BENCH_PASS"
SSLType IMAPS
CertificateFile $MW_LAB_CA

IMAPStore remote
Account bench

MaildirStore local
Path $dir/mail/
Inbox $dir/mail/INBOX

Channel bench
Far :remote:INBOX
Near :local:INBOX
Create Near
Sync Pull
SyncState *
EOF
    local t0 t1
    t0=$(ms)
    mbsync -q -c "$dir/mbsyncrc" bench >/dev/null
    t1=$(ms)
    echo $((t1 - t0))
}

cli_sync() { # $1 = config dir; prints "ms rss_kb"
    local t0 t1
    t0=$(ms)
    /usr/bin/time -v -o "$1.time" "$bin/mailwright-cli" sync --host "$MW_LAB_HOST" \
        --port "$MW_LAB_IMAPS_PORT" --user "$user" --password-env MW_BENCH_PASS \
        --ca-file "$MW_LAB_CA" --account bench --folder INBOX --config-dir "$1" >/dev/null
    t1=$(ms)
    echo "$((t1 - t0)) $(awk -F': ' '/Maximum resident set size/ {print $2}' "$1.time")"
}
mbsync_ms=$(for n in $(seq "$runs"); do mbsync_run "$work/mbsync$n"; done | median)
mbsync_again_ms=$(mbsync_run "$work/mbsync1")

# The ceiling and the first sync alternate, so that both meet the same machine and server
# state (background writeback after the generator, other load): the ratio compares like with
# like.
first=()
raws=()
rss=0
for n in $(seq "$runs"); do
    raws+=("$(raw)")
    read -r t r < <(cli_sync "$work/cfg$n")
    first+=("$t")
    ((r > rss)) && rss=$r
done
raw_ms=$(printf '%s\n' "${raws[@]}" | median)
mw_ms=$(printf '%s\n' "${first[@]}" | median)
again=()
for _ in $(seq "$runs"); do
    read -r t r < <(cli_sync "$work/cfg1")
    again+=("$t")
    ((r > rss)) && rss=$r
done
mw_again_ms=$(printf '%s\n' "${again[@]}" | median)
echo "raw fetch runs: ${raws[*]}; first sync runs: ${first[*]}; re-sync runs: ${again[*]}" >&2
total=$(QT_QPA_PLATFORM=offscreen "$list_bench" "$work/cfg1/data/cache.sqlite" bench INBOX)
list_ms=$(for _ in $(seq "$runs"); do
    QT_QPA_PLATFORM=offscreen "$list_bench" "$work/cfg1/data/cache.sqlite" bench INBOX |
        sed 's/.*shown_ms=\([0-9]*\).*/\1/'
done | median)

ratio=$(awk -v a="$mw_ms" -v b="$raw_ms" 'BEGIN {printf "%.2f", a / b}')
verdict() { if eval "$1"; then echo "met"; else echo "MISSED"; fi; }
cat <<EOF

$count messages, median of $runs runs ($total)

| step | time | target | |
|---|---|---|---|
| raw UID FETCH 1:* (UID FLAGS RFC822.SIZE ENVELOPE), one connection (ceiling) | ${raw_ms} ms | | |
| mbsync, first pull (FSync no) | ${mbsync_ms} ms | | |
| mailwright-cli sync, first sync | ${mw_ms} ms (${ratio}× raw) | ≤ 1.5× raw, < mbsync | $(verdict "(( $(awk -v r="$ratio" 'BEGIN{print (r <= 1.5)}') && mw_ms < mbsync_ms ))") |
| mbsync, nothing new | ${mbsync_again_ms} ms | | |
| mailwright-cli sync, nothing new | ${mw_again_ms} ms | < 1000 ms | $(verdict "(( mw_again_ms < 1000 ))") |
| message list shown from the cache (list_bench) | ${list_ms} ms | < 500 ms | $(verdict "(( list_ms < 500 ))") |
| peak RSS of mailwright-cli sync | $((rss / 1024)) MB | < 200 MB | $(verdict "(( rss < 200 * 1024 ))") |
EOF
