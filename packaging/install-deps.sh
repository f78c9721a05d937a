#!/bin/sh
# Installs what Copydesk needs to build, test and run on Debian 12 / Ubuntu, through apt (and,
# for the Nu Html Checker the export tests use, npm). clang and libclang-rt-dev (libFuzzer and the
# sanitizers' runtimes: libclang-rt-14-dev on Debian 12) build the fuzz targets of tests/fuzz.
# libpq-dev is the PostgreSQL client library the store links; postgresql (the server programs:
# initdb, pg_ctl) and postgresql-client (pg_dump, pg_restore) let the suites run on a throwaway
# PostgreSQL server as well as on SQLite (tests/support/pgserver.sh). poppler-utils (pdftotext,
# pdftoppm) reads the printed proofs back in the tests.
# Installs only what is missing: when everything is there it does nothing and exits 0. Run as
# root or with sudo available.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

PACKAGES="
build-essential cmake pkg-config ninja-build
qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libgl-dev
qt6-l10n-tools qt6-tools-dev qt6-svg-dev
libsqlite3-dev libpq-dev postgresql postgresql-client libhunspell-dev hunspell hunspell-en-gb hunspell-en-us
libcmark-gfm-dev libcmark-gfm-extensions-dev libsodium-dev libdtl-dev libgumbo-dev
lintian desktop-file-utils appstream dpkg-dev fakeroot nsis python3-yaml poppler-utils
clang libclang-rt-dev
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
# Commands that may come from elsewhere (a Node.js or Java of the machine's own): only when absent.
command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
command -v npm >/dev/null 2>&1 || missing="$missing npm"

if [ -n "$missing" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        SUDO=""
    elif command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-deps: these packages are missing and neither root nor sudo is available:$missing" >&2
        exit 1
    fi
    echo "install-deps: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -q --no-install-recommends $missing
fi

# The Nu Html Checker, for the tests that validate exported pages (a jar from the npm registry).
VNU_VERSION=26.9.27
if [ ! -f "$root/.tools/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
    echo "install-deps: installing the Nu Html Checker (vnu-jar $VNU_VERSION) into .tools/"
    mkdir -p "$root/.tools"
    npm install --prefix "$root/.tools" --ignore-scripts --no-audit --no-fund --loglevel=error \
        "vnu-jar@$VNU_VERSION" >/dev/null
fi
