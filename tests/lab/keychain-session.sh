#!/usr/bin/env bash
# Run a command with a private, unlocked OS keychain (Secret Service) and no desktop.
#
#   keychain-session.sh CMD [ARGS...]
#
# CMD runs inside its own D-Bus session bus (dbus-run-session) with HOME,
# XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME and XDG_RUNTIME_DIR in a fresh
# temporary directory, after gnome-keyring-daemon (secrets component only) has
# been started with an unlocked "login" keyring and owns org.freedesktop.secrets.
# Exit status is CMD's. The daemon and the temporary directory are removed
# afterwards. No DISPLAY is needed.
#
# Environment:
#   MW_KEYRING_PASSWORD   login keyring password (default: mailwright-test-keyring)
#   MW_KEYRING_TIMEOUT    seconds to wait for the Secret Service (default: 10)
#   MW_KEYRING_KEEP=1     keep the temporary directory (path printed on stderr)
set -euo pipefail

die() { echo "keychain-session: $*" >&2; exit 125; }

if [[ ${1:-} == --inner ]]; then
  # ---- inside dbus-run-session: DBUS_SESSION_BUS_ADDRESS points at the private bus.
  shift
  : "${MW_KC_DIR:?}"
  pw=${MW_KEYRING_PASSWORD:-mailwright-test-keyring}
  timeout=${MW_KEYRING_TIMEOUT:-10}

  # --foreground so $! is the daemon itself; --unlock reads the password from
  # stdin up to EOF and creates the "login" keyring (the default collection).
  printf '%s' "$pw" | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$MW_KC_DIR/gnome-keyring.log" 2>&1 &
  gkd=$!
  # shellcheck disable=SC2317  # called from the EXIT trap
  stop_gkd() {
    if kill -0 "$gkd" 2>/dev/null; then
      kill -TERM "$gkd" 2>/dev/null || true
      wait "$gkd" 2>/dev/null || true
    fi
  }
  trap stop_gkd EXIT

  has_owner() {
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus \
      /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
      string:org.freedesktop.secrets 2>/dev/null | grep -q true
  }
  deadline=$((SECONDS + timeout))
  until has_owner; do
    if ! kill -0 "$gkd" 2>/dev/null; then
      cat "$MW_KC_DIR/gnome-keyring.log" >&2
      die "gnome-keyring-daemon exited before owning org.freedesktop.secrets"
    fi
    if ((SECONDS >= deadline)); then
      cat "$MW_KC_DIR/gnome-keyring.log" >&2
      die "org.freedesktop.secrets has no owner after ${timeout}s"
    fi
    sleep 0.02
  done

  rc=0
  "$@" || rc=$?
  exit "$rc"
fi

(($# > 0)) || { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || die "$tool not found (packages: dbus, dbus-bin, gnome-keyring)"
done

MW_KC_DIR=$(mktemp -d "${TMPDIR:-/tmp}/mwkc.XXXXXX")
# shellcheck disable=SC2317  # called from the EXIT trap
cleanup() {
  if [[ -n ${MW_KEYRING_KEEP:-} ]]; then
    echo "keychain-session: kept $MW_KC_DIR" >&2
  else
    rm -rf "$MW_KC_DIR"
  fi
}
trap cleanup EXIT
mkdir -p "$MW_KC_DIR"/{home,data,config,cache,runtime}
chmod 0700 "$MW_KC_DIR/runtime"

export MW_KC_DIR
export HOME=$MW_KC_DIR/home
export XDG_DATA_HOME=$MW_KC_DIR/data
export XDG_CONFIG_HOME=$MW_KC_DIR/config
export XDG_CACHE_HOME=$MW_KC_DIR/cache
export XDG_RUNTIME_DIR=$MW_KC_DIR/runtime
# Nothing from an outer session may leak in.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL GNOME_KEYRING_PID SSH_AUTH_SOCK

rc=0
dbus-run-session -- "$0" --inner "$@" || rc=$?
exit "$rc"
