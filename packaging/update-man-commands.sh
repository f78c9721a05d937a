#!/bin/sh
# Rewrites the COMMANDS section of packaging/copydesk.1 from the command table:
#   packaging/update-man-commands.sh build/bin/copydesk
# tests/cli/tst_commandtable fails when the committed page and the table differ.
set -eu
binary=${1:?usage: $0 path/to/copydesk}
page=$(dirname "$0")/copydesk.1
commands=$(mktemp)
"$binary" --man-commands > "$commands"
awk -v file="$commands" '
    /^\.SH COMMANDS$/ { print; while ((getline line < file) > 0) print line; skip = 1; next }
    /^\.SH / { skip = 0 }
    !skip { print }
' "$page" > "$page.new"
mv "$page.new" "$page"
rm -f "$commands"
