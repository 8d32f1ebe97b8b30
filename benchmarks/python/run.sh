#!/bin/sh
# Import time and decode cost of the generated Python module (see BENCHMARKS.md).
# From the repository root, after `mvn -B -ntp package -DskipTests`:  sh benchmarks/python/run.sh
set -eu
out=benchmarks/target/python
java -cp benchmarks/target/benchmarks.jar io.github.errorspec.benchmarks.PythonModules error-spec.yaml "$out"
python3 benchmarks/python/bench.py "$out" "$@"
