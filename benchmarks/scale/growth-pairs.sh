#!/usr/bin/env bash
# The warm growth from 10,000 to 50,000 codes (issue 26's target: at most 5x) with the host's drift
# cancelled out: JMH's GrowthPairsBenchmark times both sizes within each operation (the smaller
# catalog five times, the larger once, taking turns which goes first), and an iteration's growth is
# the ratio of the two parts. Prints the median over all measured iterations of both forks, with
# quartiles. From the repository root, after `mvn -B -ntp package -DskipTests` (about 4 minutes):
#
#   benchmarks/scale/growth-pairs.sh
#
# JMH_JAR names another build's benchmarks jar and OUT another results file.
set -euo pipefail
cd "$(dirname "$0")/../.."
jmh=${JMH_JAR:-benchmarks/target/benchmarks.jar}
out=${OUT:-benchmarks/target/growth-pairs.json}
mkdir -p "$(dirname "$out")"
java -jar "$jmh" GrowthPairsBenchmark -rf json -rff "$out" > "${out%.json}-jmh.txt"

python3 - "$out" <<'PY'
import json, statistics, sys
titles = {"load": "load", "loadValidateAndMarkdown": "load, validate and Markdown"}
for result in json.load(open(sys.argv[1])):
    name = result["benchmark"].rsplit(".", 1)[1]
    flat = lambda metric: [x for fork in metric["rawData"] for x in fork]
    pair_ms = flat(result["primaryMetric"])
    small = flat(result["secondaryMetrics"]["smallNanos"])
    large = flat(result["secondaryMetrics"]["largeNanos"])
    # Each operation loads the small catalog five times and the large one once, in pair_ms.
    operations = [(s + l) / 1e6 / p for s, l, p in zip(small, large, pair_ms)]
    small_ms = [s / 1e6 / n / 5 for s, n in zip(small, operations)]
    large_ms = [l / 1e6 / n for l, n in zip(large, operations)]
    growth = sorted(5 * l / s for s, l in zip(small, large))
    q1, median, q3 = statistics.quantiles(growth, n=4)
    print(f"{titles[name]}: median growth {median:.2f}x over {len(growth)} iterations "
          f"(quartiles {q1:.2f}x to {q3:.2f}x, from {growth[0]:.2f}x to {growth[-1]:.2f}x): "
          f"{'met' if median <= 5 else 'not met'}; 10,000 codes {statistics.median(small_ms):.1f} ms, "
          f"50,000 codes {statistics.median(large_ms):.1f} ms (medians)")
PY
