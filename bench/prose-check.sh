#!/usr/bin/env bash
# What the repeated-prose check costs: the first check in a fresh JVM (what one `handbook check`
# pays) and the warm median, in CPU time, with the launcher's flags. Usage: bench/prose-check.sh [CONTENT_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$here" && mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >&2)
cp="$here/target/classes:$here/target/test-classes:$(cat "$here/target/test-classpath.txt")"
for run in 1 2 3; do
  java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$cp" org.handbook.bench.RepeatedProseBenchmark "${1:-$here/content}"
done
