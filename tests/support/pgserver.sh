#!/bin/sh
# A throwaway PostgreSQL server for the test suites: initdb in a temporary folder, loopback only
# on a free port, its socket in that folder, trust authentication (nothing but this machine can
# reach it), fsync off. Used by ctest's "postgresql" fixture and by .ci/run.
#
#   pgserver.sh start STATE_DIR   writes STATE_DIR/url (an administrator's server address)
#   pgserver.sh stop STATE_DIR    stops the server and removes its folder; does nothing when none
#   pgserver.sh pause STATE_DIR   kills the server at once (as a crash would), keeping its data
#   pgserver.sh resume STATE_DIR  starts it again on the same port
#
# Runs the server as the postgres user when started as root (initdb refuses root).
set -eu

command=${1:-}
state=${2:-}
if [ -z "$command" ] || [ -z "$state" ]; then
    echo "usage: pgserver.sh start|stop|pause|resume STATE_DIR" >&2
    exit 2
fi

bindir=""
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
    [ -x "$d/initdb" ] && bindir=$d
done
if [ -z "$bindir" ] && command -v pg_config >/dev/null 2>&1; then
    bindir=$(pg_config --bindir)
fi
if [ -z "$bindir" ] && command -v initdb >/dev/null 2>&1; then
    bindir=$(dirname "$(command -v initdb)")
fi

as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    [ -f "$state/datadir" ] || return 0
    data=$(cat "$state/datadir")
    if [ -d "$data/data" ]; then
        as_server "$bindir/pg_ctl" -D "$data/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$data"
    rm -f "$state/datadir" "$state/url" "$state/port"
}

run_server() {
    as_server "$bindir/pg_ctl" -D "$data/data" -l "$data/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null
}

case "$command" in
start)
    if [ -z "$bindir" ]; then
        echo "pgserver: PostgreSQL's server programs (initdb, pg_ctl) are not installed" >&2
        exit 1
    fi
    mkdir -p "$state"
    stop
    data=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-pg.XXXXXX")
    chmod 755 "$data"
    [ "$(id -u)" -eq 0 ] && chown postgres "$data"
    echo "$data" >"$state/datadir"
    as_server "$bindir/initdb" -D "$data/data" --auth=trust --username=copydesk_admin \
        --encoding=UTF8 --no-locale >"$data/initdb.log" 2>&1 || {
        cat "$data/initdb.log" >&2
        stop
        exit 1
    }
    # A free port: ask the kernel for one, then hand it to the server at once.
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    run_server || {
        cat "$data/server.log" >&2
        stop
        exit 1
    }
    echo "$port" >"$state/port"
    echo "postgresql://copydesk_admin@127.0.0.1:$port/postgres" >"$state/url"
    echo "pgserver: PostgreSQL $("$bindir/postgres" --version | sed "s/.*(PostgreSQL) //; s/ .*//") on 127.0.0.1:$port ($data)"
    ;;
stop)
    stop
    ;;
pause)
    data=$(cat "$state/datadir")
    as_server "$bindir/pg_ctl" -D "$data/data" -m immediate -w stop >/dev/null
    ;;
resume)
    data=$(cat "$state/datadir")
    port=$(cat "$state/port")
    run_server || {
        cat "$data/server.log" >&2
        exit 1
    }
    ;;
*)
    echo "usage: pgserver.sh start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
