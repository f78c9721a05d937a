#!/bin/sh
# Installs what Copydesk needs to build, test and run on Debian 12 / Ubuntu, through apt.
# Installs only what is missing: when everything is there it does nothing and exits 0.
# Run as root or with sudo available.
set -eu

PACKAGES="
build-essential cmake pkg-config ninja-build
qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libgl-dev
libsqlite3-dev libhunspell-dev hunspell hunspell-en-gb hunspell-en-us
libcmark-gfm-dev libcmark-gfm-extensions-dev libsodium-dev

"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

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
