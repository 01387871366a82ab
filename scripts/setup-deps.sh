#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package Mailwright needs to build, run and test. Idempotent and
# non-interactive: it installs only what is missing, and runs `apt-get update` at most once.
set -euo pipefail

BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
    libvmime-dev qtkeychain-qt6-dev libssl-dev libsqlite3-dev libgl-dev
    librsvg2-bin dpkg-dev
)
RUN_PACKAGES=(qt6-qpa-plugins libqt6svg6 fonts-dejavu-core qt6-translations-l10n)
TEST_PACKAGES=(
    dovecot-core dovecot-imapd dovecot-pop3d dovecot-lmtpd postfix
    gnome-keyring dbus dbus-x11 libsecret-tools
    openssl iproute2 procps python3 dnsmasq-base
    xvfb xauth imagemagick
    msmtp swaks libnet-ssleay-perl isync locales
    desktop-file-utils appstream
    nftables
)

if [[ "$(uname -s)" != Linux ]] || ! command -v apt-get >/dev/null 2>&1; then
    cat <<'MSG'
This script installs Debian/Ubuntu packages. On other systems install:
  CMake >= 3.25, a C++17 compiler, Qt >= 6.4 (Core, Network, Sql with SQLite, Concurrent, Gui,
  Widgets, Test, LinguistTools), VMime 0.9.2 or later, QtKeychain for Qt 6, OpenSSL 3.
  For the tests: Dovecot 2.3, Postfix 3.x, gnome-keyring with dbus, openssl, python3.
MSG
    exit 1
fi

wanted=("${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}")
if [[ "${1:-}" != "--runtime-only" ]]; then
    wanted+=("${TEST_PACKAGES[@]}")
fi

# Tests check that a German locale changes nothing on the wire (VMime G13/G14).
ensure_test_locale() {
    if locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
        return 0
    fi
    echo "setup-deps: generating the de_DE.UTF-8 locale"
    $SUDO sed -i 's/^# *de_DE.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen
    grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen || echo 'de_DE.UTF-8 UTF-8' | $SUDO tee -a /etc/locale.gen >/dev/null
    $SUDO locale-gen >/dev/null
}

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
    SUDO="sudo"
fi

missing=()
for pkg in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    [[ "${1:-}" == "--runtime-only" ]] || ensure_test_locale
    echo "setup-deps: all packages present"
    exit 0
fi

echo "setup-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Postfix asks how to configure the system mail service: the lab runs its own instance, so the
# system one stays unconfigured, and package scripts must not start services.
echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
policy_created=0
if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    policy_created=1
fi
trap '[[ $policy_created -eq 1 ]] && $SUDO rm -f /usr/sbin/policy-rc.d' EXIT

$SUDO apt-get update -qq
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
[[ "${1:-}" == "--runtime-only" ]] || ensure_test_locale
echo "setup-deps: done"
