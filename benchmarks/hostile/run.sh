#!/bin/sh
# Hostile error bodies in Java, TypeScript and Python side by side, in one run: each generated
# client's decoder against its language's usual JSON reader (Jackson databind binding the envelope,
# JSON.parse, json.loads). Rows: a 1 MiB body of digits (at the contract's cap, so it is read), 1 MiB + 1 byte
# (over the cap: no envelope, answered from the length), 32 MB of nested arrays and 50 MB of
# ignored members (both over the cap), 1 MiB of empty arrays and 1 MiB of small numbers (under the
# size cap, over the cap of 10,000 [, {, : and ,, so answered after counting), and the costliest
# bodies a decoder must still read: 1 MiB of long numbers and a params object at the marks cap.
# Prints a Markdown table.
#
# From the repository root, after `mvn -B -ntp package -DskipTests` and `npm ci`:
#   sh benchmarks/hostile/run.sh [runs]          (default 5; the best run is reported)
#   LANGUAGES="java python" sh benchmarks/hostile/run.sh
#
# Time: best of the runs, after one warm-up, in process. Memory: Java, the bytes the decoding
# thread allocated in one run; TypeScript, how far the peak resident set grew while decoding (each
# row runs in a fresh process, after its body was built, so a small row may show 0); Python, the
# peak tracemalloc sees in one more decoding. A run that takes longer
# than $TIMEOUT seconds (default 300) or ends the process is reported as such.
# The TypeScript module is generated from a synthetic catalog of 29 codes (the seed's size): the
# decoding code does not depend on the catalog. Writes only under benchmarks/target/hostile/.
set -eu
runs=${1:-5}
languages=${LANGUAGES:-java typescript python}
timeout=${TIMEOUT:-300}
here=benchmarks/hostile
jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/hostile
if [ ! -f "$jar" ]; then
  echo "$jar is missing: run mvn -B -ntp package -DskipTests first" >&2
  exit 2
fi
mkdir -p "$out"
lines="$out/rows.tsv"
: > "$lines"
: > "$out/stderr.txt"

# One fresh process per row and decoder; a crash or a timeout becomes the row's result.
isolated() {
  language=$1 row=$2 decoder=$3
  shift 3
  timeout "$timeout" "$@" >> "$lines" 2>> "$out/stderr.txt" && return 0
  status=$?
  names="1 MiB of digits (at the cap)|1 MiB + 1 byte (over the cap)|32 MB of nested arrays|50 MB of ignored members|1 MiB of empty arrays (over the marks cap)|1 MiB of numbers (over the marks cap)|1 MiB of 9,992 long numbers (at the marks cap)|params of 4,995 members (at the marks cap)"
  name=$(echo "$names" | cut -d'|' -f$((row + 1)))
  what="exit $status"
  if [ "$status" -eq 124 ]; then
    what="timed out after ${timeout} s"
  fi
  printf '%s\t%s\t%s\t-\t-\tprocess ended: %s\n' "$language" "$name" "$decoder" "$what" >> "$lines"
}

for language in $languages; do
  case $language in
    java)
      java -Xms4g -Xmx4g -cp "$jar" io.github.errorspec.benchmarks.HostileRows "$runs" >> "$lines"
      ;;
    typescript)
      java -cp "$jar" io.github.errorspec.benchmarks.TypeScriptCatalog 29 "$out/ts/errors.ts"
      printf '%s\n' '{"compilerOptions":{"strict":true,"target":"ES2022","lib":["ES2022"],"types":[],"module":"ES2022","outDir":"js"},"files":["errors.ts"]}' > "$out/ts/tsconfig.json"
      node_modules/.bin/tsc -p "$out/ts/tsconfig.json"
      printf '{ "type": "module" }\n' > "$out/ts/js/package.json"
      for row in 0 1 2 3 4 5 6 7; do
        for decoder in errorspec JSON.parse; do
          isolated typescript "$row" "$decoder" node --max-old-space-size=4096 "$here/hostile.mjs" "$out/ts/js/errors.js" "$row" "$decoder" "$runs"
        done
      done
      ;;
    python)
      java -cp "$jar" io.github.errorspec.benchmarks.PythonModules error-spec.yaml "$out/py" > /dev/null
      for row in 0 1 2 3 4 5 6 7; do
        for decoder in errorspec json.loads; do
          isolated python "$row" "$decoder" python3 "$here/hostile.py" "$out/py" "$row" "$decoder" "$runs"
        done
      done
      ;;
    *)
      echo "unknown language: $language" >&2
      exit 2
      ;;
  esac
done

echo "| body | language | decoder | best of $runs | memory | result |"
echo "| --- | --- | --- | ---: | ---: | --- |"
sort -t "$(printf '\t')" -s -k2,2 "$lines" | awk -F '\t' '
  function size(bytes) {
    if (bytes == "-") return "-"
    if (bytes < 10 * 1024) return bytes " B"
    if (bytes < 10 * 1024 * 1024) return sprintf("%.0f KB", bytes / 1024)
    return sprintf("%.0f MB", bytes / 1024 / 1024)
  }
  { time = ($4 == "-") ? "-" : sprintf("%.3f ms", $4)
    printf "| %s | %s | %s | %s | %s | %s |\n", $2, $1, $3, time, size($5), $6 }'
