#!/usr/bin/env bash
# Records what a gd binary does for every case in cases.sh: each case's exit
# code, stdout and stderr, with wall times masked, as one text on stdout.
# Two builds behave the same when their recordings are equal byte for byte:
#   tests/recorder/compare.sh OLD_GD NEW_GD
# Usage: tests/recorder/record.sh GD_BINARY > recording.txt
set -uo pipefail
GD=$(realpath "${1:?usage: record.sh GD_BINARY}")
here=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
export GD T
export PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 TZ=UTC
unset LC_ALL LC_CTYPE NO_COLOR COLUMNS LINES

# What the cases call: gd itself (first on PATH, so env and bash -c find it
# too), and gd on a pseudo-terminal of COLS x ROWS
# (script(1)), as `on_tty COLS ROWS gd ARGS...` or `on_tty COLS ROWS bash -c
# TEXT`; the terminal's output is recorded as stdout.
mkdir "$T/bin" && ln -s "$GD" "$T/bin/gd"
export PATH="$T/bin:$PATH"
on_tty() {
  local cols=$1 rows=$2
  shift 2
  { printf 'stty cols %s rows %s\n' "$cols" "$rows"; printf '%q ' "$@"; echo; } > "$T/tty.sh"
  script -qec "bash $T/tty.sh" /dev/null < /dev/null
}
export -f on_tty

# Wall times and rates are the only bytes that may differ between two runs.
mask() {
  sed -E -e "s#$T#TMP#g" \
    -e 's/[0-9]+\.[0-9]{3} ms/#.### ms/g' \
    -e 's/(evaluations of f, )[0-9]+\.[0-9]{2} s/\1#.## s/g'
}

case_() {
  local name=$1 script=$2
  rm -rf "$T/work" && mkdir "$T/work" && cd "$T/work" || exit 1
  # In a session of its own, killed after 60 s, and nothing it started
  # outlives it.
  setsid timeout -k 5 60 bash -c "$script" > "$T/out" 2> "$T/err" < /dev/null &
  local pid=$!
  wait "$pid"
  local code=$?
  pkill -KILL -s "$pid" 2> /dev/null
  printf '=== %s\n$ %s\n--- exit %s\n--- stdout\n' "$name" "$script" "$code"
  mask < "$T/out"
  printf '\n--- stderr\n'
  mask < "$T/err"
  printf '\n'
  cd "$T" || exit 1
}

# shellcheck source=cases.sh
source "$here/cases.sh"
# The last line: a recording cut short shows it.
printf '=== end of the recording\n'
