#!/usr/bin/env bash
# Cold whole-process runs at scale, side by side in one run: generating the Java API of the seed
# (error-spec.yaml, 29 codes) and of a synthetic 10,000-code catalog through the command-line jar
# and through Maven (`mvn -o generate-sources` of a fresh consumer project per catalog, the plugin
# built in this tree), and a command-line `check` of the seed, 10,000 and 50,000 codes with their
# Markdown page. ROUNDS (default 5) alternating rounds; each run is a new process with no state
# left by an earlier one. Prints the least and the median wall time, the median CPU time (user +
# system, steadier than wall time on a busy machine) and the peak resident memory of each, then the
# extra cost of the large catalogs over the seed against the targets of issue 26.
#
# Prerequisite, from the repository root: mvn -B -ntp package -DskipTests
# The plugin is installed into a throwaway local repository (SCALE_REPO, default
# /tmp/errorspec-scale-m2) that reads everything else from your own (MAIN_REPO, default
# ~/.m2/repository), so no other build ever sees it.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
rounds=${ROUNDS:-5}
repo=${SCALE_REPO:-/tmp/errorspec-scale-m2}
main_repo=${MAIN_REPO:-$HOME/.m2/repository}
jar="$root/cli/target/errorspec-cli.jar"
bench="$root/benchmarks/target/benchmarks.jar"
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
plugin="$root/maven-plugin/target/errorspec-maven-plugin-$version.jar"
core="$root/generator-core/target/errorspec-core-$version.jar"
for file in "$jar" "$bench" "$plugin" "$core"; do
  [ -f "$file" ] || { echo "missing $file: run mvn -B -ntp package -DskipTests first" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/settings.xml" <<XML
<settings>
  <profiles><profile><id>main-repo</id>
    <repositories><repository><id>main</id><url>file://$main_repo</url></repository></repositories>
    <pluginRepositories><pluginRepository><id>main</id><url>file://$main_repo</url></pluginRepository></pluginRepositories>
  </profile></profiles>
  <activeProfiles><activeProfile>main-repo</activeProfile></activeProfiles>
</settings>
XML
mvn_repo=(-B -q -Dstyle.color=never -s "$work/settings.xml" -Dmaven.repo.local="$repo")
echo "installing the plugin of this tree into $repo"
mvn "${mvn_repo[@]}" install:install-file -Dfile=pom.xml -DpomFile=pom.xml -Dpackaging=pom > /dev/null
mvn "${mvn_repo[@]}" install:install-file -Dfile="$core" -DpomFile=generator-core/pom.xml > /dev/null
mvn "${mvn_repo[@]}" install:install-file -Dfile="$plugin" -DpomFile=maven-plugin/pom.xml > /dev/null

catalogs=(seed 10000 50000)
cp error-spec.yaml "$work/seed.yaml"
for codes in 10000 50000; do
  java -cp "$bench" io.github.errorspec.benchmarks.SyntheticSpec "$codes" "$work/$codes.yaml"
done
for catalog in "${catalogs[@]}"; do
  java -jar "$jar" docs --spec "$work/$catalog.yaml" --docs "$work/$catalog.md" > /dev/null
done
for catalog in seed 10000; do
  mkdir -p "$work/mvn-$catalog"
  cp "$work/$catalog.yaml" "$work/mvn-$catalog/error-spec.yaml"
  cat > "$work/mvn-$catalog/pom.xml" <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>scale-$catalog</artifactId>
  <version>1.0.0</version>
  <build><plugins><plugin>
    <groupId>io.github.errorspec</groupId>
    <artifactId>errorspec-maven-plugin</artifactId>
    <version>$version</version>
    <executions><execution><goals><goal>generate</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
XML
  # One online run fetches what generate-sources needs into the throwaway repository.
  (cd "$work/mvn-$catalog" && mvn "${mvn_repo[@]}" generate-sources > /dev/null)
done

# run NAME COMMAND...: one cold run, appending "wall_ms cpu_ms rss_kb" to $work/NAME.
run() {
  local name=$1; shift
  rm -rf "$work/out" "$work"/mvn-*/target
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S %M' -o "$work/time" "$@" > "$work/log" 2>&1 || { echo "$name failed: $*" >&2; cat "$work/log" >&2; exit 1; }
  end=$(date +%s%N)
  read -r user sys rss < <(tail -1 "$work/time")
  echo "$(( (end - start) / 1000000 )) $(awk "BEGIN {printf \"%d\", ($user + $sys) * 1000}") $rss" >> "$work/$name"
}

cli_generate() { run "cli-generate-$1" java -jar "$jar" generate --spec "$work/$1.yaml" --java-out "$work/out"; }
mvn_generate() { (cd "$work/mvn-$1" && run "mvn-generate-$1" mvn "${mvn_repo[@]}" -o generate-sources); }
cli_check() { run "cli-check-$1" java -jar "$jar" check --spec "$work/$1.yaml" --docs "$work/$1.md"; }

echo "warm-up (file caches), then $rounds alternating rounds; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
cli_generate seed; cli_generate 10000; mvn_generate seed; mvn_generate 10000; cli_check 50000
rm -f "$work"/cli-* "$work"/mvn-generate-*
for _ in $(seq "$rounds"); do
  for catalog in seed 10000; do cli_generate "$catalog"; mvn_generate "$catalog"; done
  for catalog in "${catalogs[@]}"; do cli_check "$catalog"; done
done

# column FILE N: the Nth column of FILE, sorted numerically.
column() { awk -v n="$2" '{print $n}' "$work/$1" | sort -n; }
least() { column "$1" "$2" | head -1; }
median() { column "$1" "$2" | sed -n "$(( (rounds + 1) / 2 ))p"; }
highest() { column "$1" "$2" | tail -1; }

echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-24s %8s %8s %12s %10s\n' run "least" median "median CPU" "peak RSS"
for name in cli-generate-seed cli-generate-10000 mvn-generate-seed mvn-generate-10000 \
    cli-check-seed cli-check-10000 cli-check-50000; do
  printf '%-24s %5d ms %5d ms %9d ms %7d MB\n' "$name" "$(least "$name" 1)" "$(median "$name" 1)" \
    "$(median "$name" 2)" "$(( $(highest "$name" 3) / 1024 ))"
done

extra() { echo $(( $(least "$1-$2" 1) - $(least "$1-seed" 1) )) $(( $(median "$1-$2" 1) - $(median "$1-seed" 1) )); }
for front in cli-generate mvn-generate; do
  read -r low mid < <(extra "$front" 10000)
  verdict=$([ "$low" -le 1500 ] && echo met || echo "not met")
  echo "$front: 10,000 codes cost $low ms more than the seed (least), $mid ms (median); target at most 1,500 ms: $verdict"
done
read -r low10 mid10 < <(extra cli-check 10000)
read -r low50 mid50 < <(extra cli-check 50000)
growth=$(awk "BEGIN {printf \"%.1f\", $low50 / $low10}")
verdict=$(awk "BEGIN {print ($low50 <= 5 * $low10) ? \"met\" : \"not met\"}")
echo "cli-check: 50,000 codes cost $low50 ms over the seed, 10,000 codes $low10 ms (least): ${growth}x; target at most 5x: $verdict"
echo "peak resident memory of check with 50,000 codes: $(( $(highest cli-check-50000 3) / 1024 )) MB"
