#!/usr/bin/env bash
# bench/compare.sh N [RUNS]: our build beside Hugo on the shared synthetic corpus of N pages, in one run.
# Prints GNU-time rows (../shared/bench/timeit.sh) for: Hugo; our cold build (no build cache); our
# rebuild with the build cache and nothing changed. Output goes to /dev/shm for both generators.
set -euo pipefail
N="${1:?usage: bench/compare.sh N [RUNS]}"; RUNS="${2:-5}"
here="$(cd "$(dirname "$0")/.." && pwd)"; kit="${BENCH_KIT:-$here/../shared/bench}"
work="${BENCH_WORK:-/tmp/bench}"; corpus="$work/corpus-$N"; ours="$work/handbook-$N"
[[ -d "$corpus/content/docs" ]] || "$kit/gen-corpus.sh" "$N" "$corpus" >&2
if [[ ! -d "$ours/chapters" ]]; then
  (cd "$here" && mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >&2)
  java -cp "$here/target/classes:$here/target/test-classes:$(cat "$here/target/test-classpath.txt")" \
    org.handbook.bench.CorpusConverter "$corpus" "$ours" >&2
fi
"$here/handbook" --version >/dev/null   # builds the jar if needed
"$here/handbook" check --content "$ours" >/dev/null 2>&1 || true   # makes the class-data archive once
cold() { rm -rf /dev/shm/.hb-$N.render-cache /dev/shm/.handbook-cache; "$here/handbook" build --content "$ours" --out /dev/shm/hb-$N; }
export -f cold; export here ours N
CORPUS="$corpus" OUT=/dev/shm/hugo-$N BENCH_WORK="$work" "$kit/timeit.sh" -n "$RUNS" -- bash "$kit/run-hugo.sh" "$N"
"$kit/timeit.sh" -n "$RUNS" -- bash -c cold
"$here/handbook" build --content "$ours" --out /dev/shm/hb-$N >/dev/null 2>&1
"$kit/timeit.sh" -n "$RUNS" -- "$here/handbook" build --content "$ours" --out /dev/shm/hb-$N
