#!/bin/sh
# Runs the comparison set in a short mode (a few minutes on 2 cores) and prints one line per
# workload, "NAME ratio-vs-baseline" (mjc time / baseline time, lower is better), then the worst
# ratio against hand-written Java over the scalar and array workloads.
#   jmh/run-ratios.sh            # builds jmh/target/benchmarks.jar first if it is missing
# Baselines: hand-written Java for Scalar/Array/TextStruct/Object, kotlinx-coroutines for Async.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
JAR="$HERE/target/benchmarks.jar"
if [ ! -f "$JAR" ]; then
  (cd "$HERE/.." && mvn -q -DskipTests package -pl jmh -am)
fi
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
java -jar "$JAR" 'ScalarBenchmarks|ArrayBenchmarks|TextStructBenchmarks|ObjectBenchmarks|AsyncBenchmarks' \
  -f 1 -wi 3 -i 3 -w 1 -r 1 -rf json -rff "$OUT" > /dev/null
# medians of the measured iterations, ratios, and the worst ratio (mjc.jmh.Ratios)
java -cp "$JAR" mjc.jmh.Ratios "$OUT"
