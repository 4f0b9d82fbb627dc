#!/bin/sh
# Runs the comparison set in a short mode (a few minutes on 2 cores) and prints one line per
# workload, "NAME ratio-vs-baseline" (mjc time / baseline time, lower is better), then the worst
# ratio against hand-written Java over the scalar and array workloads.
#   jmh/run-ratios.sh            # builds jmh/target/benchmarks.jar first if it is missing
# Baselines: hand-written Java for Scalar/Array/TextStruct, kotlinx-coroutines for Async.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
JAR="$HERE/target/benchmarks.jar"
if [ ! -f "$JAR" ]; then
  (cd "$HERE/.." && mvn -q -DskipTests package -pl jmh -am)
fi
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
java -jar "$JAR" 'ScalarBenchmarks|ArrayBenchmarks|TextStructBenchmarks|AsyncBenchmarks' \
  -f 1 -wi 2 -i 3 -w 1 -r 1 -rf csv -rff "$OUT" > /dev/null
# CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"[,params]
awk -F, '
  NR > 1 {
    name = $1; gsub(/"/, "", name); sub(/^mjc\.jmh\./, "", name)
    score[name] = $5 + 0
  }
  END {
    worst = 0
    n = split("ScalarBenchmarks.fib ScalarBenchmarks.nestedSum ScalarBenchmarks.collatz ScalarBenchmarks.mandel ArrayBenchmarks.elementwise ArrayBenchmarks.matmul ArrayBenchmarks.indexLoop TextStructBenchmarks.stringBuild TextStructBenchmarks.structLoop", java, " ")
    for (i = 1; i <= n; i++) {
      w = java[i]
      if ((w "Mjc") in score && (w "Java") in score && score[w "Java"] > 0) {
        r = score[w "Mjc"] / score[w "Java"]
        printf "%s %.2f\n", w, r
        if (w !~ /^TextStruct/ && r > worst) worst = r
      }
    }
    m = split("awaitDone callNoSuspend yield spawnJoin", async, " ")
    for (i = 1; i <= m; i++) {
      w = "AsyncBenchmarks." async[i]
      if ((w "Mjc") in score && (w "Kotlin") in score && score[w "Kotlin"] > 0) {
        printf "%s %.2f (vs kotlinx-coroutines)\n", w, score[w "Mjc"] / score[w "Kotlin"]
      }
    }
    printf "worst ratio vs Java: %.2f\n", worst
  }' "$OUT"
