#!/usr/bin/env bash
# Whether two gd binaries behave the same: records each (record.sh) and
# compares the recordings byte for byte; prints the differences, exits 1 if
# there are any. Build the old one from a worktree first, e.g.
#   git worktree add ../gd-old main && cmake -S ../gd-old -B ../gd-old/build && cmake --build ../gd-old/build
#   tests/recorder/compare.sh ../gd-old/build/gd build/gd
set -uo pipefail
old=${1:?usage: compare.sh OLD_GD NEW_GD}
new=${2:?usage: compare.sh OLD_GD NEW_GD}
here=$(cd "$(dirname "$0")" && pwd)
a=$(mktemp) b=$(mktemp)
trap 'rm -f "$a" "$b"' EXIT
"$here/record.sh" "$old" > "$a"
"$here/record.sh" "$new" > "$b"
for recording in "$a" "$b"; do
  tail -1 "$recording" | grep -qx '=== end of the recording' ||
    { echo "a recording was cut short: record.sh did not finish" >&2; exit 2; }
done
cases=$(($(grep -c '^=== ' "$a") - 1))
if cmp -s "$a" "$b"; then
  echo "same: $cases cases, $(wc -c < "$a") bytes"
  exit 0
fi
diff "$a" "$b"
echo "differ (of $cases cases)" >&2
exit 1
