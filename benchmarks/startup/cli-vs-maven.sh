#!/usr/bin/env bash
# Whole-process cost of one `check` of this repository's catalog and docs page: through the
# command-line jar, and through Maven running the plugin's check goal. Each is run RUNS times
# (default 10) after one warm-up run; the script prints the minimum and the median in ms.
#
# Prerequisite, from the repository root: mvn -B -ntp verify
#   (builds cli/target/errorspec-cli.jar, and the plugin with its dependencies in the integration
#   tests' repository maven-plugin/target/local-repo, from which Maven reads it; the warm-up run fetches anything else it needs).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=${RUNS:-10}
jar="$root/cli/target/errorspec-cli.jar"
repo="$root/maven-plugin/target/local-repo"
[ -f "$jar" ] || { echo "missing $jar: run mvn -B -ntp verify first" >&2; exit 2; }
[ -d "$repo/io/github/errorspec/errorspec-maven-plugin" ] || { echo "missing the plugin in $repo: run mvn -B -ntp verify first" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/docs"
cp error-spec.yaml "$work/"
cp docs/error-codes.md "$work/docs/"
sed "s/@project.version@/0.1.0-SNAPSHOT/" maven-plugin/src/it/first-build/pom.xml > "$work/pom.xml"

measure() { # name, command...
  local name=$1; shift
  "$@" > /dev/null 2>&1 || { echo "$name failed: $*" >&2; "$@"; exit 1; }
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  printf '%-8s min %5d ms   median %5d ms   (%d runs)\n' "$name" "$(echo "$sorted" | head -1)" \
    "$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")" "$runs"
}

cd "$work"
measure cli java -jar "$jar" check --docs docs/error-codes.md
measure maven mvn -B -q -Dmaven.repo.local="$repo" io.github.errorspec:errorspec-maven-plugin:0.1.0-SNAPSHOT:check
