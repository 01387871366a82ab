#!/usr/bin/env bash
# Mailwright test mail lab: private CA + Dovecot 2.3 + Postfix 3.7 on loopback.
#
#   mail-lab.sh start                         start (restarts a lab already running in the dir)
#   mail-lab.sh stop                          stop everything started by `start` (idempotent)
#   mail-lab.sh env                           print `export MW_LAB_...` lines
#   mail-lab.sh status                        exit 0 if running, 3 if not
#   mail-lab.sh wait-for-mail USER COUNT [TIMEOUT_S]
#                                             wait until USER's INBOX holds >= COUNT messages
#   mail-lab.sh clean                         stop and delete the lab directory
#
# Runs as root, without systemd. Everything lives in ${MW_LAB_DIR:-/tmp/mwlab}.
# See tests/lab/README.md.
set -euo pipefail

LAB=${MW_LAB_DIR:-/tmp/mwlab}
LAB=${LAB%/}
[[ -n $LAB && $LAB == /* ]] || { echo "mail-lab: MW_LAB_DIR must be an absolute path" >&2; exit 2; }

DOMAIN=lab.test
HOST=127.0.0.1
HOST_REMOTE=127.0.0.2
USERS=("alice@lab.test" "bob@lab.test" "carol@lab.test")
PASSES=("alice-pass-1" "bob-pass-2" "Grüße-Ω-3")
MAX_SIZE=52428800       # main ports: 50 MiB (benchmarks send a 25 MB attachment)
SMALL_SIZE=200000       # small-size submission port

PKI=$LAB/pki
DOVE=$LAB/dovecot
DOVE_RUN=$DOVE/run              # Dovecot base_dir (sockets, master.pid)
PFX=$LAB/postfix
PFX_ETC=$PFX/etc
PFX_SPOOL=$PFX/spool
MAILROOT=$LAB/mail
LOGS=$LAB/log
MARKER=$LAB/.mwlab
ENVFILE=$LAB/lab.env
PIDFILE=$LAB/lab.pids           # "name pid" lines (master pids, also their session ids)

# Prefer the system interpreter: a pyenv/asdf shim in PATH costs ~100 ms per call.
PYTHON=/usr/bin/python3
[[ -x $PYTHON ]] || PYTHON=$(command -v python3) || { echo "mail-lab: python3 is required" >&2; exit 2; }

die() { echo "mail-lab: $*" >&2; exit 1; }
log() { [[ -n ${MW_LAB_QUIET:-} ]] || echo "mail-lab: $*" >&2; }

# ---------------------------------------------------------------- processes

# Sets PS_STATE and PS_SID of a pid (empty if it does not exist). No forks:
# stop scans /proc in a loop and must stay fast.
proc_state() {
  PS_STATE="" PS_SID=""
  local stat
  { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 0
  stat=${stat##*) }                 # skip "pid (comm) " - comm may hold spaces/parens
  local -a f
  read -r -a f <<<"$stat"           # state ppid pgrp session ...
  PS_STATE=${f[0]} PS_SID=${f[3]}
}

# True if pid exists and is not a zombie.
alive() {
  proc_state "$1"
  [[ -n $PS_STATE && $PS_STATE != Z ]]
}

# Sets MEMBERS to the non-zombie pids whose session id is one of the given
# pids (the Dovecot and Postfix masters call setsid(), children inherit it).
session_members() {
  MEMBERS=()
  local p sid
  for p in /proc/[0-9]*; do
    p=${p#/proc/}
    proc_state "$p"
    [[ -n $PS_STATE && $PS_STATE != Z ]] || continue
    for sid in "$@"; do
      [[ $PS_SID == "$sid" ]] && MEMBERS+=("$p")
    done
  done
  return 0
}

# Master pids recorded at start plus whatever the pid files say now.
# Zombie masters are left out unless called with --all (stop wants them: an
# exited master's children could still be running in its session).
lab_masters() {
  local name pid comm all=${1:-}
  {
    [[ -f $PIDFILE ]] && cat "$PIDFILE"
    [[ -f $DOVE_RUN/master.pid ]] && echo "dovecot $(head -n1 "$DOVE_RUN/master.pid")"
    [[ -f $PFX_SPOOL/pid/master.pid ]] && echo "postfix $(tr -d ' ' <"$PFX_SPOOL/pid/master.pid")"
  } 2>/dev/null | sort -u | while read -r name pid; do
    [[ $pid =~ ^[0-9]+$ ]] || continue
    comm=$(cat "/proc/$pid/comm" 2>/dev/null) || continue
    [[ $all == --all ]] || alive "$pid" || continue
    # Guard against a recycled pid: only our daemons' names count.
    case $name:$comm in
      dovecot:dovecot|postfix:master) echo "$name $pid" ;;
    esac
  done
  return 0
}

lab_running() { [[ -n $(lab_masters) ]]; }

do_stop() {
  local masters name pid deadline
  local -a sids=()
  masters=$(lab_masters --all)
  if [[ -n $masters ]]; then
    while read -r name pid; do
      sids+=("$pid")
      # Both masters lead their own process group: signal the whole group so
      # the children do not wait for the master's own shutdown round (Dovecot's
      # master alone takes ~0.8 s). Dovecot logs "Killed with signal 15" lines.
      if [[ $(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ') == "$pid" ]]; then
        kill -TERM -- "-$pid" 2>/dev/null || true
      else
        kill -TERM "$pid" 2>/dev/null || true
      fi
    done <<<"$masters"
    # Wait (max 5 s) until every process of the masters' sessions is gone
    # (zombies count as gone: an exited master may never be reaped here).
    deadline=$((SECONDS + 5))
    while :; do
      session_members "${sids[@]}"
      ((${#MEMBERS[@]} == 0)) && break
      if ((SECONDS >= deadline)); then
        log "processes still alive after SIGTERM, sending SIGKILL: ${MEMBERS[*]}"
        kill -KILL "${MEMBERS[@]}" 2>/dev/null || true
        sleep 0.2
        break
      fi
      sleep 0.05
    done
  fi
  rm -f "$PIDFILE" "$DOVE_RUN/master.pid" "$PFX_SPOOL/pid/master.pid" 2>/dev/null || true
  return 0
}

# ---------------------------------------------------------------- helpers

# Run a daemon-starting command with stdin from /dev/null, output appended to
# a log and every fd above 2 closed: daemons inherit open fds, and one left on
# a caller's pipe (a test harness's fd 3, a $(...) capture) keeps it open forever.
detach() { # logfile command...
  local log=$1 fd
  shift
  (
    for fd in "/proc/$BASHPID"/fd/*; do
      fd=${fd##*/}
      if ((fd > 2)); then eval "exec $fd>&-" 2>/dev/null || true; fi
    done
    exec "$@"
  ) </dev/null >>"$log" 2>&1
}

# Serialise start/stop/clean on one lab directory (lock file next to it).
lock_lab() {
  exec 9>"$LAB.lock"
  flock -w 30 9 || die "timed out waiting for the lock $LAB.lock"
}

# Single-quote a value for the shell (keeps UTF-8 bytes as they are).
shq() { printf "'%s'" "${1//\'/\'\\\'\'}"; }

fail_start() {
  echo "mail-lab: start failed: $*" >&2
  local f
  for f in "$LOGS/dovecot-start.log" "$LOGS/dovecot.log" "$LOGS/postfix-start.log" "$LOGS/postfix.log"; do
    [[ -s $f ]] || continue
    echo "----- tail $f" >&2
    tail -n 25 "$f" >&2
  done
  if [[ -n ${PFX_TRIED:-} ]] && ! lab_masters | grep -q '^postfix '; then
    # Postfix prints some fatal errors only to syslog or a tty.
    echo "----- postfix check (via script for tty output)" >&2
    script -qec "postfix -c $PFX_ETC check" /dev/null </dev/null 2>&1 | tail -n 25 >&2 || true
  fi
  do_stop
  exit 1
}

pick_ports() {
  # Bind port 0 on the wildcard address (so the port is free on 127.0.0.1 and
  # 127.0.0.2), keep all sockets open until every port is chosen, print them.
  "$PYTHON" - "$1" <<'EOF'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("0.0.0.0", 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
EOF
}

# ---------------------------------------------------------------- certificates

make_pki() {
  mkdir -p "$PKI/ca-db"
  : >"$PKI/ca-db/index.txt"
  echo 1000 >"$PKI/ca-db/serial"
  cat >"$PKI/openssl.cnf" <<EOF
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = unused
[ ca_ext ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ server_ext ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:localhost, IP:127.0.0.1, IP:::1, IP:127.0.0.2, DNS:mail.lab.test
[ wrongname_ext ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:wrong.invalid
[ selfsigned_ext ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
subjectAltName = DNS:localhost, IP:127.0.0.1
[ ca ]
default_ca = lab_ca
[ lab_ca ]
dir = $PKI
database = \$dir/ca-db/index.txt
serial = \$dir/ca-db/serial
new_certs_dir = \$dir/ca-db
certificate = \$dir/ca.pem
private_key = \$dir/ca.key
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
email_in_dn = no
[ policy_any ]
organizationName = optional
commonName = supplied
EOF
  local cnf=$PKI/openssl.cnf ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
  local yesterday
  yesterday=$(date -u -d '-1 day' +%Y%m%d%H%M%SZ)

  # CA: self-signed, valid from yesterday (so leaves never start before it) to 2035.
  openssl req -config "$cnf" -new "${ec[@]}" -keyout "$PKI/ca.key" -out "$PKI/ca.csr" \
    -subj "/O=Mailwright Lab/CN=Mailwright Lab CA" 2>/dev/null
  openssl ca -config "$cnf" -batch -notext -selfsign -in "$PKI/ca.csr" -out "$PKI/ca.pem" \
    -extensions ca_ext -startdate "$yesterday" -enddate 20351231235959Z 2>/dev/null

  # CA-signed leaves via `openssl ca`, which (unlike `openssl x509 -req` in
  # OpenSSL 3.0) accepts explicit -startdate/-enddate, so "expired" needs no faketime.
  sign() { # name cn ext startdate enddate
    openssl req -config "$cnf" -new "${ec[@]}" -keyout "$PKI/$1.key" -out "$PKI/$1.csr" \
      -subj "/CN=$2" 2>/dev/null
    openssl ca -config "$cnf" -batch -notext -in "$PKI/$1.csr" -out "$PKI/$1.pem" \
      -extensions "$3" -startdate "$4" -enddate "$5" 2>/dev/null
  }
  sign server localhost server_ext "$yesterday" 20351231235959Z
  sign wrongname wrong.invalid wrongname_ext "$yesterday" 20351231235959Z
  sign expired localhost server_ext 20200101000000Z 20200201000000Z
  openssl req -config "$cnf" -x509 "${ec[@]}" -keyout "$PKI/selfsigned.key" -out "$PKI/selfsigned.pem" \
    -subj "/CN=localhost" -days 3650 -extensions selfsigned_ext 2>/dev/null

  local n
  for n in server wrongname expired selfsigned; do
    # Postfix smtpd_tls_chain_files: key first, then the certificate.
    cat "$PKI/$n.key" "$PKI/$n.pem" >"$PKI/$n-chain.pem"
  done
  chmod 0644 "$PKI"/*.pem
  chmod 0640 "$PKI"/*.key "$PKI"/*-chain.pem
}

# sha256 of the DER certificate, lowercase hex without colons (QSslCertificate::digest().toHex()).
cert_sha256() {
  local fp
  fp=$(openssl x509 -in "$1" -noout -fingerprint -sha256)
  fp=${fp#*=}
  fp=${fp//:/}
  echo "${fp,,}"
}

# ---------------------------------------------------------------- Dovecot

write_dovecot() { # imap imaps pop3 pop3s
  mkdir -p "$DOVE_RUN" "$DOVE/state"
  local i u
  : >"$DOVE/users"
  for i in "${!USERS[@]}"; do
    u=${USERS[$i]}
    # user:password:uid:gid:gecos:home:shell:extra  (uid/gid 8 = mail)
    printf '%s:{PLAIN}%s:8:8::%s::\n' "$u" "${PASSES[$i]}" "$MAILROOT/$u" >>"$DOVE/users"
  done
  chown root:dovecot "$DOVE/users"
  chmod 0640 "$DOVE/users"

  cat >"$DOVE/dovecot.conf" <<EOF
# Generated by tests/lab/mail-lab.sh - nothing is read from /etc/dovecot.
instance_name = mwlab
base_dir = $DOVE_RUN
state_dir = $DOVE/state
log_path = $LOGS/dovecot.log
protocols = imap pop3 lmtp
listen = $HOST, $HOST_REMOTE

ssl = yes
ssl_cert = <$PKI/server.pem
ssl_key = <$PKI/server.key
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes

auth_mechanisms = plain login
auth_failure_delay = 0
auth_verbose = yes
auth_username_format = %Lu
default_internal_user = dovecot
default_login_user = dovenull

mail_uid = mail
mail_gid = mail
first_valid_uid = 8
first_valid_gid = 8
mail_location = maildir:~/Maildir
mail_fsync = never
mail_max_userip_connections = 100
recipient_delimiter = +

# Dovecot 2.3.19 still queues every auth failure for a 500 ms timer even with
# auth_failure_delay = 0. A "nodelay" extra field answers failures at once, but
# extra fields of a failed passdb are rolled back - so set it in a passdb that
# authenticates nothing (noauthenticate = result NEXT, fields kept) and runs first.
passdb {
  driver = static
  args = noauthenticate nodelay=yes
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $DOVE/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $DOVE/users
}

namespace inbox {
  inbox = yes
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
}

service imap-login {
  inet_listener imap {
    port = $1
  }
  inet_listener imaps {
    port = $2
    ssl = yes
  }
}
service pop3-login {
  inet_listener pop3 {
    port = $3
  }
  inet_listener pop3s {
    port = $4
    ssl = yes
  }
}
service lmtp {
  unix_listener lmtp {
    mode = 0660
    user = postfix
    group = postfix
  }
}
service auth {
  unix_listener auth-postfix {
    mode = 0660
    user = postfix
    group = postfix
  }
}
# Disable anvil's per-IP auth penalty (2-15 s waits after a failed login):
# auth cannot reach a listener with mode 0.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
EOF
}

# ---------------------------------------------------------------- Postfix

write_postfix() { # starttls tls plain small wrongname selfsigned expired
  mkdir -p "$PFX_ETC" "$PFX_SPOOL" "$PFX/data"
  chown postfix:postfix "$PFX/data"
  # No trailing comments in main.cf: Postfix would take them as part of the value.
  cat >"$PFX_ETC/main.cf" <<EOF
# Generated by tests/lab/mail-lab.sh
compatibility_level = 3.6
queue_directory = $PFX_SPOOL
data_directory = $PFX/data
mail_owner = postfix
setgid_group = postdrop
maillog_file = $LOGS/postfix.log
maillog_file_prefixes = $LOGS
myhostname = mail.$DOMAIN
mydomain = $DOMAIN
myorigin = \$mydomain
mydestination =
inet_interfaces = loopback-only
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
biff = no
append_dot_mydomain = no
readme_directory = no
recipient_delimiter = +
alias_maps =
alias_database =
smtpd_banner = \$myhostname ESMTP Mailwright lab
smtpd_peername_lookup = no
smtpd_error_sleep_time = 0
in_flow_delay = 0
queue_run_delay = 2s
minimal_backoff_time = 2s
maximal_backoff_time = 10s
message_size_limit = $MAX_SIZE
mailbox_size_limit = 0

virtual_mailbox_domains = $DOMAIN
virtual_mailbox_maps = inline:{ ${USERS[0]}=ok, ${USERS[1]}=ok, ${USERS[2]}=ok }
virtual_transport = lmtp:unix:$DOVE_RUN/lmtp
local_transport = error:5.1.1 local delivery is disabled in the lab
default_transport = discard:mail outside lab.test is discarded by the lab
relay_transport = \$default_transport

smtpd_sasl_type = dovecot
smtpd_sasl_path = $DOVE_RUN/auth-postfix
smtpd_sasl_auth_enable = no
smtpd_tls_auth_only = yes
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions =
smtpd_tls_chain_files = $PKI/server-chain.pem
smtpd_tls_security_level = may
smtpd_tls_protocols = >=TLSv1.2
smtpd_tls_mandatory_protocols = >=TLSv1.2
smtpd_tls_loglevel = 1
smtpd_tls_received_header = yes
smtpd_tls_session_cache_database =
EOF

  local sub="-o smtpd_sasl_auth_enable=yes -o smtpd_relay_restrictions=permit_sasl_authenticated,reject -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject"
  local st="-o smtpd_tls_security_level=encrypt -o smtpd_tls_auth_only=yes"
  local wrap="-o smtpd_tls_wrappermode=yes -o smtpd_tls_security_level=encrypt"
  # service (host:port) type private unpriv chroot wakeup maxproc command
  # chroot is "n" everywhere: nothing is set up under the queue directory.
  {
    echo "# Generated by tests/lab/mail-lab.sh"
    echo "$HOST:$1 inet n - n - - smtpd -o syslog_name=postfix/submission $st $sub"
    echo "$HOST:$2 inet n - n - - smtpd -o syslog_name=postfix/submissions $wrap $sub"
    echo "$HOST:$3 inet n - n - - smtpd -o syslog_name=postfix/plain -o smtpd_tls_security_level=none -o smtpd_sasl_auth_enable=no -o smtpd_relay_restrictions=reject_unauth_destination"
    echo "$HOST:$4 inet n - n - - smtpd -o syslog_name=postfix/small $st $sub -o message_size_limit=$SMALL_SIZE"
    echo "$HOST:$5 inet n - n - - smtpd -o syslog_name=postfix/wrongname $wrap $sub -o smtpd_tls_chain_files=$PKI/wrongname-chain.pem"
    echo "$HOST:$6 inet n - n - - smtpd -o syslog_name=postfix/selfsigned $wrap $sub -o smtpd_tls_chain_files=$PKI/selfsigned-chain.pem"
    echo "$HOST:$7 inet n - n - - smtpd -o syslog_name=postfix/expired $wrap $sub -o smtpd_tls_chain_files=$PKI/expired-chain.pem"
    cat <<'EOF'
pickup     unix  n       -       n       60      1       pickup
cleanup    unix  n       -       n       -       0       cleanup
qmgr       unix  n       -       n       300     1       qmgr
tlsmgr     unix  -       -       n       1000?   1       tlsmgr
rewrite    unix  -       -       n       -       -       trivial-rewrite
bounce     unix  -       -       n       -       0       bounce
defer      unix  -       -       n       -       0       bounce
trace      unix  -       -       n       -       0       bounce
verify     unix  -       -       n       -       1       verify
flush      unix  n       -       n       1000?   0       flush
proxymap   unix  -       -       n       -       -       proxymap
proxywrite unix  -       -       n       -       1       proxymap
smtp       unix  -       -       n       -       -       smtp
relay      unix  -       -       n       -       -       smtp
showq      unix  n       -       n       -       -       showq
error      unix  -       -       n       -       -       error
retry      unix  -       -       n       -       -       error
discard    unix  -       -       n       -       -       discard
local      unix  -       n       n       -       -       local
virtual    unix  -       n       n       -       -       virtual
lmtp       unix  -       -       n       -       -       lmtp
anvil      unix  -       -       n       -       1       anvil
scache     unix  -       -       n       -       1       scache
postlog    unix-dgram n  -       n       -       1       postlogd
EOF
  } >"$PFX_ETC/master.cf"
  # Postfix waits ~2 s on config files modified within the last seconds.
  touch -d '-10 seconds' "$PFX_ETC/main.cf" "$PFX_ETC/master.cf"
}

# ---------------------------------------------------------------- readiness

wait_ready() { # timeout_s, then "kind host port" triples
  "$PYTHON" - "$@" <<'EOF'
import socket, ssl, sys, threading, time
deadline = time.monotonic() + float(sys.argv[1])
checks = [sys.argv[i:i + 3] for i in range(2, len(sys.argv), 3)]
ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE

def readline(s):
    buf = b""
    while not buf.endswith(b"\n"):
        c = s.recv(4096)
        if not c:
            raise OSError("connection closed")
        buf += c
    return buf

def smtp_reply(s):
    lines = []
    while True:
        line = readline(s)
        for l in line.decode("latin-1").splitlines():
            lines.append(l)
        if len(lines[-1]) >= 4 and lines[-1][3] == " ":
            return lines

def probe(kind, host, port):
    s = socket.create_connection((host, int(port)), timeout=2)
    try:
        if kind.endswith("-tls"):
            s = ctx.wrap_socket(s)
        base = kind.split("-")[0]
        if base == "smtp":
            r = smtp_reply(s)
            if not r[0].startswith("220"):
                raise OSError("greeting %r" % r)
            s.sendall(b"EHLO ready.check\r\n")
            r = smtp_reply(s)
            # On implicit-TLS ports AUTH must be offered: proves the Dovecot SASL socket works.
            if kind == "smtp-tls" and not any(l[4:].upper().startswith("AUTH") for l in r):
                raise OSError("no AUTH in EHLO reply %r" % r)
            s.sendall(b"QUIT\r\n")
        elif base == "imap":
            if not readline(s).startswith(b"* OK"):
                raise OSError("bad IMAP greeting")
            s.sendall(b"a LOGOUT\r\n")
        elif base == "pop3":
            if not readline(s).startswith(b"+OK"):
                raise OSError("bad POP3 greeting")
            s.sendall(b"QUIT\r\n")
    finally:
        s.close()

def wait_one(c, out):
    # Retry one check until it passes or the deadline is reached.
    while True:
        try:
            probe(*c)
            return
        except Exception as e:
            if time.monotonic() > deadline:
                out.append("not ready: %s %s:%s: %s" % (c[0], c[1], c[2], e))
                return
            time.sleep(0.05)

# All ports in parallel: each Postfix port spawns its own smtpd on first contact.
failures = []
threads = [threading.Thread(target=wait_one, args=(c, failures)) for c in checks]
for t in threads:
    t.start()
for t in threads:
    t.join()
for f in failures:
    print(f, file=sys.stderr)
sys.exit(1 if failures else 0)
EOF
}

# ---------------------------------------------------------------- commands

write_env() {
  local i
  {
    echo "export MW_LAB_DIR=$(shq "$LAB")"
    echo "export MW_LAB_CA=$(shq "$PKI/ca.pem")"
    echo "export MW_LAB_HOST=$HOST"
    echo "export MW_LAB_HOST_REMOTE=$HOST_REMOTE"
    echo "export MW_LAB_DOMAIN=$DOMAIN"
    echo "export MW_LAB_SMTP_STARTTLS_PORT=$P_SUB"
    echo "export MW_LAB_SMTP_TLS_PORT=$P_SUBS"
    echo "export MW_LAB_SMTP_PLAIN_PORT=$P_PLAIN"
    echo "export MW_LAB_SMTP_SMALL_PORT=$P_SMALL"
    echo "export MW_LAB_SMTP_SMALL_LIMIT=$SMALL_SIZE"
    echo "export MW_LAB_SMTP_SIZE_LIMIT=$MAX_SIZE"
    echo "export MW_LAB_SMTP_WRONGNAME_PORT=$P_WRONG"
    echo "export MW_LAB_SMTP_SELFSIGNED_PORT=$P_SELF"
    echo "export MW_LAB_SMTP_EXPIRED_PORT=$P_EXP"
    echo "export MW_LAB_IMAP_PORT=$P_IMAP"
    echo "export MW_LAB_IMAPS_PORT=$P_IMAPS"
    echo "export MW_LAB_POP3_PORT=$P_POP3"
    echo "export MW_LAB_POP3S_PORT=$P_POP3S"
    for i in 0 1 2; do
      echo "export MW_LAB_USER$((i + 1))=$(shq "${USERS[$i]}")"
      echo "export MW_LAB_PASS$((i + 1))=$(shq "${PASSES[$i]}")"
    done
    echo "export MW_LAB_MAILDIR_ROOT=$(shq "$MAILROOT")"
    echo "export MW_LAB_SERVER_CERT=$(shq "$PKI/server.pem")"
    echo "export MW_LAB_WRONGNAME_CERT=$(shq "$PKI/wrongname.pem")"
    echo "export MW_LAB_SELFSIGNED_CERT=$(shq "$PKI/selfsigned.pem")"
    echo "export MW_LAB_EXPIRED_CERT=$(shq "$PKI/expired.pem")"
    echo "export MW_LAB_SERVER_CERT_SHA256=$(cert_sha256 "$PKI/server.pem")"
    echo "export MW_LAB_WRONGNAME_CERT_SHA256=$(cert_sha256 "$PKI/wrongname.pem")"
    echo "export MW_LAB_SELFSIGNED_CERT_SHA256=$(cert_sha256 "$PKI/selfsigned.pem")"
    echo "export MW_LAB_EXPIRED_CERT_SHA256=$(cert_sha256 "$PKI/expired.pem")"
    echo "export MW_LAB_DOVECOT_LOG=$(shq "$LOGS/dovecot.log")"
    echo "export MW_LAB_POSTFIX_LOG=$(shq "$LOGS/postfix.log")"
  } >"$ENVFILE.tmp"
  mv "$ENVFILE.tmp" "$ENVFILE"
}

cmd_start() {
  [[ $(id -u) == 0 ]] || die "start must run as root"
  local t0=$EPOCHREALTIME

  # Longest socket: $LAB/dovecot/run/token-login/imap-urlauth ($LAB + 37 bytes);
  # sun_path holds 107 bytes plus NUL. Keep a margin.
  ((${#LAB} <= 64)) || die "MW_LAB_DIR longer than 64 bytes, unix socket paths would not fit: $LAB"

  if [[ -e $LAB ]]; then
    if [[ -f $MARKER ]]; then
      if lab_running; then log "a lab is running in $LAB, stopping it first"; fi
      do_stop
      rm -rf "$LAB"
    elif [[ -n $(ls -A "$LAB" 2>/dev/null) ]]; then
      die "$LAB exists, is not empty and is not a mail lab; refusing to touch it"
    fi
  fi
  mkdir -p "$LAB" "$LOGS" "$MAILROOT"
  touch "$MARKER"
  chmod 0755 "$LAB" "$LOGS"
  chown mail:mail "$MAILROOT"
  chmod 0750 "$MAILROOT"

  read -r P_SUB P_SUBS P_PLAIN P_SMALL P_WRONG P_SELF P_EXP P_IMAP P_IMAPS P_POP3 P_POP3S \
    <<<"$(pick_ports 11)"

  make_pki
  chgrp dovecot "$PKI"/*.key 2>/dev/null || true
  write_dovecot "$P_IMAP" "$P_IMAPS" "$P_POP3" "$P_POP3S"
  write_postfix "$P_SUB" "$P_SUBS" "$P_PLAIN" "$P_SMALL" "$P_WRONG" "$P_SELF" "$P_EXP"
  write_env

  # Dovecot first: Postfix needs its auth and LMTP sockets.
  detach "$LOGS/dovecot-start.log" dovecot -c "$DOVE/dovecot.conf" \
    || fail_start "dovecot did not start"
  local i
  for ((i = 0; i < 100; i++)); do
    [[ -s $DOVE_RUN/master.pid ]] && break
    sleep 0.02
  done
  [[ -s $DOVE_RUN/master.pid ]] || fail_start "dovecot wrote no master.pid"
  echo "dovecot $(head -n1 "$DOVE_RUN/master.pid")" >>"$PIDFILE"

  PFX_TRIED=1
  detach "$LOGS/postfix-start.log" postfix -c "$PFX_ETC" start \
    || fail_start "postfix did not start"
  [[ -s $PFX_SPOOL/pid/master.pid ]] || fail_start "postfix wrote no master.pid"
  echo "postfix $(tr -d ' ' <"$PFX_SPOOL/pid/master.pid")" >>"$PIDFILE"

  wait_ready 10 \
    imap $HOST "$P_IMAP" imap-tls $HOST "$P_IMAPS" pop3 $HOST "$P_POP3" pop3-tls $HOST "$P_POP3S" \
    imap $HOST_REMOTE "$P_IMAP" imap-tls $HOST_REMOTE "$P_IMAPS" \
    pop3 $HOST_REMOTE "$P_POP3" pop3-tls $HOST_REMOTE "$P_POP3S" \
    smtp $HOST "$P_SUB" smtp-tls $HOST "$P_SUBS" smtp $HOST "$P_PLAIN" smtp $HOST "$P_SMALL" \
    smtp-tls $HOST "$P_WRONG" smtp-tls $HOST "$P_SELF" smtp-tls $HOST "$P_EXP" \
    2>>"$LOGS/ready.log" || { cat "$LOGS/ready.log" >&2; fail_start "not every port answered"; }
  [[ -S $DOVE_RUN/lmtp && -S $DOVE_RUN/auth-postfix ]] || fail_start "dovecot sockets missing"
  chmod 0644 "$LOGS"/*.log 2>/dev/null || true

  log "lab up in $LAB ($(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.2f", b-a}') s); source $ENVFILE"
}

cmd_stop() {
  [[ -e $LAB ]] || return 0
  [[ -f $MARKER ]] || die "$LAB is not a mail lab directory"
  do_stop
  log "lab stopped"
}

cmd_env() {
  [[ -f $ENVFILE ]] || die "no lab in $LAB (run: $0 start)"
  cat "$ENVFILE"
}

cmd_status() {
  local masters name pid
  masters=$(lab_masters)
  if [[ -z $masters ]]; then
    echo "mail lab in $LAB: not running"
    return 3
  fi
  echo "mail lab in $LAB: running"
  while read -r name pid; do
    session_members "$pid"
    echo "  $name master pid $pid, ${#MEMBERS[@]} processes"
  done <<<"$masters"
  if ! grep -q '^dovecot ' <<<"$masters" || ! grep -q '^postfix ' <<<"$masters"; then
    echo "  WARNING: only part of the lab is running"
    return 1
  fi
  if [[ -f $ENVFILE ]]; then
    grep -E '_PORT=' "$ENVFILE" | sed 's/^export /  /'
  fi
  return 0
}

count_mail() {
  local d=$MAILROOT/$1/Maildir n=0 f
  for f in "$d"/new/* "$d"/cur/*; do
    [[ -e $f ]] && n=$((n + 1))
  done
  echo "$n"
}

cmd_wait_for_mail() {
  (($# >= 2)) || die "usage: $0 wait-for-mail USER COUNT [TIMEOUT_SECONDS]"
  local user=$1 want=$2 timeout=${3:-10} n
  [[ $user == *@* ]] || user=$user@$DOMAIN
  [[ $want =~ ^[0-9]+$ ]] || die "COUNT must be a number"
  local deadline
  deadline=$(awk -v t="$EPOCHREALTIME" -v d="$timeout" 'BEGIN{printf "%.3f", t+d}')
  while :; do
    n=$(count_mail "$user")
    ((n >= want)) && { echo "$n"; return 0; }
    if awk -v t="$EPOCHREALTIME" -v d="$deadline" 'BEGIN{exit !(t>d)}'; then
      echo "mail-lab: $user has $n message(s) after ${timeout}s, wanted $want" >&2
      return 1
    fi
    sleep 0.05
  done
}

case ${1:-} in
  start) lock_lab; cmd_start ;;
  stop)
    if [[ -e $LAB ]]; then lock_lab; fi
    cmd_stop
    ;;
  env) cmd_env ;;
  status) cmd_status ;;
  wait-for-mail) shift; cmd_wait_for_mail "$@" ;;
  clean)
    if [[ -e $LAB ]]; then lock_lab; fi
    cmd_stop
    if [[ ! -e $LAB || -f $MARKER ]]; then rm -rf "$LAB" "$LAB.lock"; fi
    ;;
  *)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
