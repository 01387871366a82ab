#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from a configured and built tree, unpacks it into a throw-away root
# (dpkg-deb -x: the machine's package database is never touched) and checks it as a user would
# meet it: metadata and dependencies, files, desktop and AppStream validation, both programs
# started from the unpacked paths, translations.
#   tests/packaging/test-deb.sh BUILD_DIR PROJECT_VERSION
set -euo pipefail

build_dir="$(cd "$1" && pwd)"
version="$2"
work="$(mktemp -d "${TMPDIR:-/tmp}/mw-deb.XXXXXX")"
trap 'rm -rf "$work"' EXIT

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
need() { command -v "$1" >/dev/null || { echo "FAIL: $1 missing (package $2)" >&2; exit 1; }; }
need cpack cmake
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need readelf binutils

# Deterministic locale: the checks below set the language they test explicitly.
unset LANGUAGE LC_ALL LC_MESSAGES
export LANG=C.UTF-8
export QT_QPA_PLATFORM=offscreen

start=$SECONDS
# Stripping keeps sanitizer/debug builds quick to pack (compression dominates otherwise); the
# binaries' behaviour does not change.
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" -D CPACK_STRIP_FILES=ON \
    >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; exit 1; }
deb=$(ls "$work"/out/*.deb)
ok "cpack built $(basename "$deb") in $((SECONDS - start)) s"

# --- control fields -------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[[ "$(field Package)" == mailwright ]] || fail "Package is '$(field Package)'"
[[ "$(field Version)" == "$version" ]] || fail "Version is '$(field Version)', want $version"
[[ "$(field Section)" == mail ]] || fail "Section is '$(field Section)'"
[[ -n "$(field Maintainer)" ]] || fail "no Maintainer"
depends="$(field Depends)"
echo "Depends: $depends"
# The package names in Depends, one a line (versions and alternatives dropped).
depends_names=$(tr ',|' '\n\n' <<<"$depends" | awk '{print $1}')
depends_on() { grep -qxF "$1" <<<"$depends_names"; }
for pkg in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 qt6-qpa-plugins; do
    depends_on "$pkg" || fail "Depends lacks $pkg"
done
# dpkg-shlibdeps at work: every shared library the binaries need comes from a package that is
# listed (libvmime1 and libqt6keychain1 appear once the core calls them; this finds them then).
root="$work/root"
dpkg-deb -x "$deb" "$root"
# Read the linker cache once into a file: awk's early exit on a pipe from ldconfig would kill
# ldconfig with SIGPIPE, which pipefail turns into a silent exit of this script.
ldcache="$work/ldconfig.txt"
ldconfig -p >"$ldcache"
for bin in mailwright mailwright-cli; do
    while read -r lib; do
        path=$(awk -v l="$lib" '$1 == l && /x86-64|64bit/ {print $NF; exit}' "$ldcache")
        [[ -n "$path" ]] || path=$(awk -v l="$lib" '$1 == l {print $NF; exit}' "$ldcache")
        [[ -n "$path" ]] || { fail "$bin needs $lib, which is not installed"; continue; }
        owner=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -1 | cut -d: -f1) || true
        [[ -z "$owner" ]] && owner=$(dpkg -S "$path" 2>/dev/null | head -1 | cut -d: -f1) || true
        [[ -n "$owner" ]] || { fail "no package owns $path"; continue; }
        depends_on "$owner" || fail "$bin needs $lib from $owner, not in Depends"
    done < <(readelf -d "$root/usr/bin/$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
    if readelf -d "$root/usr/bin/$bin" | grep -qE 'R(UN)?PATH'; then
        fail "$bin carries an RPATH/RUNPATH: $(readelf -d "$root/usr/bin/$bin" | grep -E 'R(UN)?PATH')"
    fi
done
if readelf -d "$root/usr/bin/mailwright" | grep -q 'libvmime'; then
    grep -q libvmime <<<"$depends" || fail "mailwright links libvmime but Depends lacks it"
fi
ok "control fields and dependencies"

# --- files ----------------------------------------------------------------------------------
share="$root/usr/share"
for f in usr/bin/mailwright usr/bin/mailwright-cli \
    usr/share/applications/org.mailwright.Mailwright.desktop \
    usr/share/metainfo/org.mailwright.Mailwright.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/org.mailwright.Mailwright.svg \
    usr/share/doc/mailwright/LICENSE usr/share/doc/mailwright/THIRD-PARTY-NOTICES.md \
    usr/share/doc/mailwright/copyright usr/share/man/man1/mailwright-cli.1.gz; do
    [[ -s "$root/$f" ]] || fail "missing $f"
done
for size in 16 32 48 64 128 256; do
    png="$share/icons/hicolor/${size}x${size}/apps/org.mailwright.Mailwright.png"
    # PNG: width and height are the big-endian words at bytes 16 and 20 of the IHDR chunk.
    dims=$(od -An -tu1 -j16 -N8 "$png" 2>/dev/null | awk '{print $3*256+$4 "x" $7*256+$8}')
    [[ "$dims" == "${size}x${size}" ]] || fail "icon ${size}x${size} is '$dims'"
done
grep -q "VMime" "$share/doc/mailwright/THIRD-PARTY-NOTICES.md" || fail "notices lack VMime"
zcat "$share/man/man1/mailwright-cli.1.gz" | grep -q '^.TH MAILWRIGHT-CLI 1' || fail "man page"
ok "files"

# --- desktop integration --------------------------------------------------------------------
desktop="$share/applications/org.mailwright.Mailwright.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
grep -q '^MimeType=.*x-scheme-handler/mailto;' "$desktop" || fail "desktop file lacks mailto"
metainfo="$share/metainfo/org.mailwright.Mailwright.metainfo.xml"
appstreamcli validate --no-net "$metainfo" >"$work/as.log" 2>&1 || {
    cat "$work/as.log" >&2
    fail "appstreamcli validate"
}
newest=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo" | head -1)
[[ "$newest" == "$version" ]] || fail "metainfo's newest release is '$newest', want $version"
ok "desktop file and AppStream metadata validate"

# --- the programs, from the unpacked paths --------------------------------------------------
out=$("$root/usr/bin/mailwright-cli" --version) || fail "mailwright-cli --version exited $?"
[[ "$out" == "mailwright-cli $version" ]] || fail "mailwright-cli --version said '$out'"
out=$("$root/usr/bin/mailwright" --version 2>/dev/null) || fail "mailwright --version exited $?"
grep -q "$version" <<<"$out" || fail "mailwright --version said '$out'"
status=0
timeout 30 "$root/usr/bin/mailwright" --quit-after 300 >"$work/gui.log" 2>&1 || status=$?
[[ $status -eq 0 ]] || { cat "$work/gui.log" >&2; fail "mailwright --quit-after 300 exited $status"; }
ok "both programs start from the package"

# --- translations ---------------------------------------------------------------------------
json=$("$root/usr/bin/mailwright-cli" version --json)
for lang in de en fr; do
    grep -q "\"$lang\"" <<<"$json" || fail "embedded catalogue $lang missing: $json"
done
# (Output is captured first: grep -q closing the pipe early would fail the writer under pipefail.)
out=$("$root/usr/bin/mailwright-cli" --lang de --help)
grep -q '^Befehle:' <<<"$out" || fail "CLI --lang de: $out"
out=$(LANG=fr_FR.UTF-8 "$root/usr/bin/mailwright-cli" --help)
grep -q '^Commandes' <<<"$out" || fail "CLI does not follow LANG=fr_FR.UTF-8: $out"
out=$("$root/usr/bin/mailwright-cli" version --lang de --json)
grep -q '"language": "de"' <<<"$out" || fail "CLI --lang after the command: $out"
gui_help=$("$root/usr/bin/mailwright" --lang de --help 2>/dev/null) || true
grep -q 'Mailwright, ein E-Mail-Programm' <<<"$gui_help" || fail "GUI: Mailwright catalogue (de)"
# Qt's own catalogue, from the system's Qt translations (qt6-translations-l10n).
grep -q 'Zeigt Hilfe' <<<"$gui_help" || fail "GUI: Qt's qtbase_de catalogue did not load"
ok "translations load (de, fr; Mailwright's and Qt's)"

echo "test-deb: $failures failure(s), $((SECONDS - start)) s"
exit $((failures > 0))
