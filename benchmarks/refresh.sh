#!/usr/bin/env bash
# Every measured row of BENCHMARKS.md, in one run, for a quiet machine (run nothing else meanwhile:
# on 2 cores one parallel build doubles the error bars). From the repository root:
#
#   benchmarks/refresh.sh                  (about 40 minutes; results in benchmarks/target/refresh/)
#
# Builds everything once (`mvn -B -ntp verify`, which also puts the plugin where the startup script
# reads it), then runs each benchmark of BENCHMARKS.md with the command its section names, writing
# each one's output to its own file and the whole log to refresh.log. The Jackson rows use the
# Jackson of the root pom (jackson.version). The section "Hostile error bodies (one thread, before
# the 1 MiB cap)" is history and is not re-run.
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/target/refresh
mkdir -p "$out"
exec > >(tee "$out/refresh.log") 2>&1

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "jackson.version: $(sed -n 's:.*<jackson.version>\(.*\)</jackson.version>.*:\1:p' pom.xml)"
mvn -B -ntp verify > "$out/build.log"
npm ci --no-audit --no-fund > "$out/npm.log"

step() { # name, command...
  local name=$1; shift
  echo "== $name: $*  (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  "$@" 2>&1 | tee "$out/$name.txt"
}

jmh=benchmarks/target/benchmarks.jar
step micro java -jar "$jmh" "Lookup|Envelope|Exception" -wi 8 -w 1 -i 10 -r 1 -jvmArgs "-Xms1g -Xmx1g" \
  -rf json -rff "$out/micro.json"
step generation java -jar "$jmh" GenerationBenchmark -f 2 -jvmArgs "-Xms2g -Xmx2g" -rf json -rff "$out/generation.json"
# Eleven short rounds take as long as five of the benchmark's own timing and pair the sizes closer in time.
step growth-rounds env ROUNDS=11 TIMING="-wi 3 -w 1 -i 3 -r 1" benchmarks/scale/growth-rounds.sh
# Both sizes timed within each operation: the host's drift cancels out (issue 26's verdict).
step growth-pairs benchmarks/scale/growth-pairs.sh
step growth java -Xms2g -Xmx2g -cp "$jmh" io.github.errorspec.benchmarks.GrowthCpu 10000 50000
step scale env ROUNDS=7 benchmarks/scale/cold-runs.sh
step startup env RUNS=10 benchmarks/startup/cli-vs-maven.sh
step hostile sh benchmarks/hostile/run.sh 3
step typescript node benchmarks/typescript/bench.mjs 10000 5
step python sh benchmarks/python/run.sh
echo "done: $out"
