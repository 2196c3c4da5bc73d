#!/usr/bin/env bash
# Whole-process comparisons, side by side in one run, medians of several:
#   tests/bench/compare.sh [BUILD_DIR] [RUNS]
# needs a build with -DGD_BUILD_BENCHMARKS=ON (for gd_floor); the numpy row
# only when python3-numpy is installed. Prints a markdown table.
set -euo pipefail
build=${1:-build}
runs=${2:-7}
gd=$build/gd
floor=$build/tests/bench/gd_floor
[ -x "$gd" ] && [ -x "$floor" ] || { echo "build with -DGD_BUILD_BENCHMARKS=ON first" >&2; exit 2; }

# median wall time (s) of a command run $runs times, read from bash's own
# clock (EPOCHREALTIME, microseconds): time(1) only counts 10 ms steps.
median() {
  local times=() start end
  for _ in $(seq "$runs"); do
    start=$EPOCHREALTIME
    "$@" > /dev/null
    end=$EPOCHREALTIME
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'
}
# median of the peak RSS (KB)
rss() {
  local sizes=()
  for _ in $(seq 3); do
    sizes+=("$( { /usr/bin/time -f %M "$@" > /dev/null; } 2>&1 | tail -1)")
  done
  printf '%s\n' "${sizes[@]}" | sort -g | awk '{ s[NR] = $1 } END { print s[int((NR + 1) / 2)] }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

sum() { local t="x1^2"; for i in $(seq 2 "$1"); do t="$t+x$i^2"; done; echo "$t"; }

echo "| comparison | gd | reference | ratio |"
echo "|---|---|---|---|"
for case in "x1^2+x2^2|2|1e7|x1²+x2²" "(1-x1)^2+100*(x2-x1^2)^2|2|2e6|Rosenbrock" \
  "$(sum 100)|100|2e4|Σ of 100 squares" "$(sum 1000)|1000|200|Σ of 1000 squares"; do
  IFS='|' read -r expr n steps name <<< "$case"
  start=$([ "$n" = 2 ] && echo "-3,4" || echo 1)
  a=$(median "$gd" --expr "$expr" --start "$start" --lr 1e-4 --steps "$steps" --format none)
  b=$(median "$floor" "$expr" "$n" "$steps" 1e-4)
  echo "| --format none, $name, $steps steps | $a s | floor $b s | $(ratio "$a" "$b") |"
done
a=$(median "$gd" --expr "x1^2+x2^2" --start -3,4 --lr 0.1 --steps 1e6 --format csv)
b=$(median "$floor" "x1^2+x2^2" 2 1e6 0.1 csv)
echo "| csv, 1e6 rows to /dev/null | $a s | floor csv $b s | $(ratio "$a" "$b") |"
python=""
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c "import numpy" 2> /dev/null; then python=$candidate; break; fi
done
if [ -n "$python" ]; then
  here=$(dirname "$0")
  for steps in 1e5 1e6; do
    a=$(median "$gd" --expr "x1^2+x2^2" --start -3,4 --lr 0.1 --steps $steps --format none)
    f=$(median "$floor" "x1^2+x2^2" 2 $steps 0.1)
    b=$(runs=3 median "$python" "$here/book_numpy.py" $steps)
    echo "| the book's loop, $steps steps | $a s | numpy $b s | 1/$(ratio "$b" "$a") (floor 1/$(ratio "$b" "$f")) |"
  done
fi
# start-up: gd's own work beyond starting a process that loads the same
# libraries (the floor program with 0 steps), as medians of 41 runs
a=$(runs=41 median "$gd" --expr "x1^2+x2^2" --start -3,4 --steps 0 --format none)
b=$(runs=41 median "$floor" "x1^2+x2^2" 2 0 0.1)
c=$(runs=41 median /bin/true)
ms() { awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'; }
echo "| start-up, --steps 0 | $(ms "$a") | floor, 0 steps $(ms "$b") (/bin/true $(ms "$c")) | +$(ms "$(awk -v a="$a" -v b="$b" 'BEGIN { print a - b }')") |"
for format in none csv jsonl "text --plot line,path"; do
  small=$(rss "$gd" --expr "x1^2+x2^2" --start -3,4 --lr 1e-4 --steps 1e3 --format $format)
  large=$(rss "$gd" --expr "x1^2+x2^2" --start -3,4 --lr 1e-4 --steps 1e7 --format $format)
  echo "| peak RSS, $format, 1e7 vs 1e3 steps | $large KB | $small KB | $(ratio "$large" "$small") |"
done
