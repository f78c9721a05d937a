#!/bin/sh
# Runs each fuzz target for a bounded time over its committed seeds (tests/fuzz/corpus/TARGET)
# and fails on the first crash, hang (-timeout), excess memory or sanitizer report.
# Usage: tests/fuzz/run.sh BUILD_DIR [SECONDS_EACH] [TARGET...]
# New inputs go to BUILD_DIR/fuzz-work/TARGET, never into the committed corpus; a failing input
# is kept there as crash-*, timeout-*, oom-* or leak-* (add it to the corpus with its fix).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: run.sh BUILD_DIR [SECONDS_EACH] [TARGET...]}
seconds=${2:-60}
[ $# -ge 2 ] && shift 2 || shift $#
targets=${*:-"fuzz_markdown fuzz_textimport fuzz_commandline fuzz_htmlimport"}

status=0
for target in $targets; do
    binary="$build/tests/fuzz/$target"
    work="$build/fuzz-work/$target"
    mkdir -p "$work"
    dict=""
    [ -f "$here/$target.dict" ] && dict="-dict=$here/$target.dict"
    echo "fuzz: $target for ${seconds}s"
    # shellcheck disable=SC2086
    if ! QT_QPA_PLATFORM=offscreen "$binary" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$work/" $dict "$work" "$here/corpus/$target" >"$work/log" 2>&1; then
        tail -n 60 "$work/log" >&2
        echo "fuzz: $target FAILED; the input is in $work (log: $work/log)" >&2
        status=1
        continue
    fi
    grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)' \
        "$work/log" || true
done
exit $status
