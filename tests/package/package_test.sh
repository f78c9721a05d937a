#!/bin/bash
# The installers, checked as far as this machine can: build the .deb, unpack it into a scratch
# root and run the installed program there (its own templates, a headless export from a
# scratch store), validate the desktop entry and the metainfo, run lintian, install and remove
# the package with apt-get when running as root in CI, compile the NSIS script with makensis,
# and parse the release workflow.
#   package_test.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
build=$(cd "$1" && pwd) source=$(cd "$2" && pwd) version=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "package test: $*" >&2; exit 1; }

cd "$build"
cpack -G DEB -B "$work/deb" >/dev/null || fail "cpack -G DEB failed"
deb=$(ls "$work"/deb/copydesk_"$version"_*.deb)
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

dpkg-deb -f "$deb" Depends | grep -q "libqt6sql6-sqlite" || fail "Depends lacks the Qt SQLite driver"
dpkg-deb -f "$deb" Depends | grep -q "libqt6sql6-psql" || fail "Depends lacks the Qt PostgreSQL driver"
dpkg-deb -f "$deb" Depends | grep -q "hunspell-en-gb | hunspell-dictionary" || fail "Depends lacks a dictionary"
dpkg-deb -f "$deb" Depends | grep -q "libhunspell" || fail "dpkg-shlibdeps did not run"

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/copydesk usr/share/applications/org.copydesk.Copydesk.desktop \
         usr/share/metainfo/org.copydesk.Copydesk.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.copydesk.Copydesk.svg \
         usr/share/icons/hicolor/16x16/apps/org.copydesk.Copydesk.png \
         usr/share/icons/hicolor/512x512/apps/org.copydesk.Copydesk.png \
         usr/share/man/man1/copydesk.1.gz usr/share/copydesk/templates/page.html \
         usr/share/copydesk/templates/style.css usr/share/copydesk/dictionary/house-words.txt \
         usr/share/doc/copydesk/copyright usr/share/doc/copydesk/changelog.gz; do
    [ -e "$root/$f" ] || fail "the package lacks /$f"
done

installed="$root/usr/bin/copydesk"
[ "$("$installed" --version)" = "copydesk $version" ] || fail "the installed copydesk --version is wrong"

# The installed program reads the installed templates, not the build folder: mark the installed
# style sheet and find the mark in an export.
echo "/* installed-copy-marker */" >> "$root/usr/share/copydesk/templates/style.css"
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
export COPYDESK_PASSWORD=package-test
store="$work/store.sqlite"
# The installed program hashes passwords at full cost whatever its environment says (an old
# test-only switch, COPYDESK_TEST_FAST_HASH, is gone: the suites run their own build instead).
COPYDESK_TEST_FAST_HASH=1 "$installed" --database "$store" init --admin editor --demo >/dev/null
python3 - "$store" <<'PY' || fail "the installed program did not hash the password at full cost"
import sqlite3, sys
row = sqlite3.connect(sys.argv[1]).execute(
    "SELECT password_hash FROM people WHERE username = 'editor'").fetchone()
sys.exit(0 if row and row[0].startswith("$argon2id$v=19$m=65536,t=2,") else 1)
PY
"$installed" --database "$store" export-site --out "$work/site" >/dev/null
grep -q "installed-copy-marker" "$work/site/style.css" || fail "the installed program did not use its installed style sheet"
[ -f "$work/site/index.html" ] || fail "no index.html"
"$installed" --database "$store" export 1 --out "$work/one.html" >/dev/null
grep -q "<h1>" "$work/one.html" || fail "the single export has no headline"
if command -v groff >/dev/null; then
    zcat "$root/usr/share/man/man1/copydesk.1.gz" | groff -man -Tutf8 -ww -z 2>"$work/man.log" || fail "the man page does not render"
    [ ! -s "$work/man.log" ] || fail "the man page has warnings: $(cat "$work/man.log")"
fi

desktop-file-validate "$root/usr/share/applications/org.copydesk.Copydesk.desktop" || fail "desktop entry invalid"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.copydesk.Copydesk.metainfo.xml" || fail "metainfo invalid"
lintian --fail-on error --allow-root "$deb" || fail "lintian reports errors"

if [ "$(id -u)" -eq 0 ] && { [ -n "${CI:-}" ] || [ -n "${COPYDESK_TEST_APT:-}" ]; }; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" >/dev/null || fail "apt-get install failed"
    [ "$(/usr/bin/copydesk --version)" = "copydesk $version" ] || fail "the apt-installed copydesk does not run"
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -q copydesk >/dev/null || fail "apt-get remove failed"
    [ ! -e /usr/bin/copydesk ] && [ ! -e /usr/share/copydesk ] || fail "the package did not remove cleanly"
    echo "installed and removed with apt-get"
fi

if command -v makensis >/dev/null; then
    cpack -G NSIS64 -B "$work/nsis" >/dev/null || fail "the NSIS script does not compile with makensis"
    echo "the NSIS installer script compiles"
fi

python3 - "$source/.github/workflows/release.yml" <<'PY' || fail "the release workflow does not parse"
import sys, yaml
flow = yaml.safe_load(open(sys.argv[1]))
jobs = flow["jobs"]
assert {"linux", "windows", "macos", "release"} <= set(jobs), jobs.keys()
for name in ("linux", "windows", "macos"):
    assert any("cpack" in str(step.get("run", "")) for step in jobs[name]["steps"]), name
print("the release workflow parses:", ", ".join(jobs))
PY
echo "1 passed, 0 failed"
