#!/bin/bash
# The mutation check: one-line breaks of the rules that matter most (tests/mutation/breaks.txt),
# each applied alone to a copy of the sources, rebuilt, and run against the suites named beside
# it. A break that leaves those suites green is a rule no test guards: the check fails and says
# which. Run by .ci/run after the test suite; alone with:
#
#   tests/mutation/run.sh [BUILD_DIR] [NAME-FRAGMENT...]
#
# BUILD_DIR (default build-mutation) holds the copy of the sources and its build; the sources
# themselves are never touched. With NAME-FRAGMENTs, only the breaks whose names contain one run.
set -uo pipefail
source="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(realpath -m "${1:-$source/build-mutation}")"
shift || true
filters=("$@")
list="$source/tests/mutation/breaks.txt"
copy="$work/src"
build="$work/build"
log="$work/log"

say() { printf '%s\n' "$*"; }
die() { say "mutation check: $*" >&2; exit 2; }

# The work folder is the check's own: never the sources, nor a folder inside them that git
# would copy.
case "$work/" in
    "$source/") die "the work folder cannot be the source tree" ;;
    "$source/"*)
        (cd "$source" && git check-ignore -q "${work#"$source/"}/") \
            || die "a work folder inside the sources must be one git ignores (build-mutation)" ;;
esac

# A run stopped while a break was in place (Ctrl-C, a CI timeout) may have left objects built
# from it that look newer than the restored source: start that build again from nothing.
if [ -e "$work/original" ]; then
    rm -rf "$work/build"
    rm -f "$work/original"
fi

# The copy: every file git knows (tracked, or new and not ignored), as it is in the working tree.
rm -rf "$copy"
mkdir -p "$copy" "$log"
(cd "$source" && git ls-files -z --cached --others --exclude-standard) \
    | (cd "$source" && tar --null -T - -cf -) | (cd "$copy" && tar -xf -) || die "cannot copy the sources"
# The tools install-deps.sh put beside the sources (the Nu Html Checker) serve the copy too.
[ -d "$source/.tools" ] && ln -s "$source/.tools" "$copy/.tools"

# The breaks: blocks of "key: value" lines (name, file, find, replace, suites), blank-line apart.
names=() files=() finds=() replaces=() suites=()
flush() {
    if [ -n "$name" ]; then
        [ -n "$file" ] && [ -n "$find" ] && [ -n "$suite" ] || die "break '$name' lacks file, find or suites"
        names+=("$name"); files+=("$file"); finds+=("$find"); replaces+=("$replace"); suites+=("$suite")
    fi
    name="" file="" find="" replace="" suite=""
}
name="" file="" find="" replace="" suite=""
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
        '#'*) ;;
        '') flush ;;
        name:*) name="${line#name: }" ;;
        file:*) file="${line#file: }" ;;
        find:*) find="${line#find: }" ;;
        replace:*) replace="${line#replace:}"; replace="${replace# }" ;;
        suites:*) suite="${line#suites: }" ;;
        *) die "cannot read this line of $list: $line" ;;
    esac
done < "$list"
flush
[ "${#names[@]}" -gt 0 ] || die "no breaks in $list"

# Which breaks run.
selected=()
for i in "${!names[@]}"; do
    if [ "${#filters[@]}" -eq 0 ]; then selected+=("$i"); continue; fi
    for f in "${filters[@]}"; do
        case "${names[$i]}" in *"$f"*) selected+=("$i"); break ;; esac
    done
done
[ "${#selected[@]}" -gt 0 ] || die "no break matches: ${filters[*]}"

# Every break still fits the code: its text is found exactly once in its file (\t is a tab, \N
# a line break).
count() { F="$2" perl -0777 -ne 'BEGIN { ($f = $ENV{F}) =~ s/\\t/\t/g; $f =~ s/\\N/\n/g } $n = () = /\Q$f\E/g; print $n' "$1"; }
for i in "${selected[@]}"; do
    target="$copy/${files[$i]}"
    [ -f "$target" ] || die "break '${names[$i]}': no file ${files[$i]}"
    n="$(count "$target" "${finds[$i]}")"
    [ "$n" = 1 ] || die "break '${names[$i]}': its text is found $n times in ${files[$i]}, not once; update $list"
done

# One build, without optimisation (quicker to rebuild), of what the chosen suites need.
targets=()
for i in "${selected[@]}"; do for s in ${suites[$i]}; do targets+=("$s"); done; done
mapfile -t targets < <(printf '%s\n' "${targets[@]}" | sort -u)
cmake -S "$copy" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O0 \
    -DCOPYDESK_FIXTURES="$(cd "$source/.." && pwd)/shared/fixtures" \
    >"$log/configure.txt" 2>&1 || die "configure failed: $log/configure.txt"
cmake --build "$build" -j2 --target "${targets[@]}" >"$log/build.txt" 2>&1 \
    || die "the unbroken sources do not build: $log/build.txt"
run_suites() { # the suites of a break, by their ctest names
    local regex
    regex="^($(printf '%s|' $1 | sed 's/|$//'))\$"
    (cd "$build" && QT_QPA_PLATFORM=offscreen ctest -j2 --timeout 120 -R "$regex" -E _postgresql) >"$2" 2>&1
}
run_suites "${targets[*]}" "$log/unbroken.txt" || die "the suites fail without any break: $log/unbroken.txt"

# Puts the file a break changed back as it was, newer than anything built from the break.
target=""
restore() {
    if [ -n "$target" ] && [ -e "$work/original" ]; then
        cp "$work/original" "$target"
        touch "$target"
        rm -f "$work/original"
    fi
}
trap 'restore' EXIT
trap 'restore; exit 130' INT TERM

survivors=()
for i in "${selected[@]}"; do
    target="$copy/${files[$i]}"
    cp -p "$target" "$work/original"
    F="${finds[$i]}" R="${replaces[$i]}" perl -0777 -pi -e \
        'BEGIN { ($f = $ENV{F}) =~ s/\\t/\t/g; ($r = $ENV{R}) =~ s/\\t/\t/g; $f =~ s/\\N/\n/g; $r =~ s/\\N/\n/g } s/\Q$f\E/$r/' "$target"
    slug="$(printf '%s' "${names[$i]}" | tr -c 'A-Za-z0-9' '-')"
    if ! cmake --build "$build" -j2 --target ${suites[$i]} >"$log/$slug.build.txt" 2>&1; then
        restore
        die "break '${names[$i]}' does not build: $log/$slug.build.txt"
    fi
    if run_suites "${suites[$i]}" "$log/$slug.txt"; then
        say "SURVIVED  ${names[$i]}  (${files[$i]}; ${suites[$i]} stayed green)"
        survivors+=("${names[$i]}")
    else
        # Which test caught it (the first failure ctest kept), so that a flaky catch shows.
        first="$(find "$build/Testing/Temporary" -name 'LastTest*.log' -newer "$work/original" \
                     -exec grep -h -m1 '^FAIL!' {} + 2>/dev/null | head -1 | cut -c1-110)"
        say "caught    ${names[$i]}${first:+  ($first)}"
    fi
    restore
done
cmake --build "$build" -j2 --target "${targets[@]}" >/dev/null 2>&1 || true

say "${#selected[@]} breaks, $(( ${#selected[@]} - ${#survivors[@]} )) caught, ${#survivors[@]} survived"
[ "${#survivors[@]}" -eq 0 ] || { say "no test guards: ${survivors[*]}"; exit 1; }
