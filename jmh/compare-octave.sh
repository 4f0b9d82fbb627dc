#!/bin/sh
# The same .m workloads as whole processes under GNU Octave (when installed) and mjc: several
# runs each, the median wall time of each, and the ratio Octave / mjc.
#   jmh/compare-octave.sh [RUNS]      (default 5 runs)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT="$HERE/.."
RUNS=${1:-5}
BENCH="$HERE/src/main/resources/bench"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# each workload: a script calling the benchmark function with its size
printf 'disp(fib(20))\n' > "$WORK/run_fib.m"
printf 'disp(nested_sum(300))\n' > "$WORK/run_nested_sum.m"
printf 'disp(collatz(2000))\n' > "$WORK/run_collatz.m"
printf 'disp(mandel(60))\n' > "$WORK/run_mandel.m"
printf 'disp(elementwise(1000000))\n' > "$WORK/run_elementwise.m"
printf 'disp(matmul(200))\n' > "$WORK/run_matmul.m"
printf 'disp(index_loop(100000))\n' > "$WORK/run_index_loop.m"
cp "$BENCH"/fib.m "$BENCH"/nested_sum.m "$BENCH"/collatz.m "$BENCH"/mandel.m "$BENCH"/elementwise.m \
  "$BENCH"/matmul.m "$BENCH"/index_loop.m "$WORK/"

median() {
  sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

time_runs() { # command... : prints the median wall time in seconds
  i=0
  while [ $i -lt "$RUNS" ]; do
    s=$(date +%s.%N)
    "$@" > /dev/null 2>&1
    e=$(date +%s.%N)
    echo "$e - $s" | bc
    i=$((i + 1))
  done | median
}

HAVE_OCTAVE=0
command -v octave > /dev/null 2>&1 && HAVE_OCTAVE=1
printf '%-12s %10s %10s %8s\n' workload octave_s mjc_s ratio
for w in fib nested_sum collatz mandel elementwise matmul index_loop; do
  m=$(cd "$WORK" && time_runs "$ROOT/mjc" run "run_$w.m")
  if [ $HAVE_OCTAVE = 1 ]; then
    o=$(cd "$WORK" && time_runs octave --no-gui --quiet --norc "run_$w.m")
    r=$(echo "scale=1; $o / $m" | bc)
  else
    o=-; r=-
  fi
  printf '%-12s %10s %10s %8s\n' "$w" "$o" "$m" "$r"
done
[ $HAVE_OCTAVE = 1 ] || echo "(Octave is not installed: apt-get install -y octave)"
