#!/usr/bin/env bash
# bench/compare.sh N [RUNS]: our build beside Hugo on the shared synthetic corpus of N pages, in one run.
# Prints GNU-time rows (../shared/bench/timeit.sh) for: Hugo's cold build; our cold build (no site, no
# build cache); our rebuild with nothing changed; our rebuild after one page's text changed (a line at
# the end of one chapter, different every run); then the same through the build daemon (HANDBOOK_DAEMON=on):
# a daemon started for one edit, one edit through a daemon warmed by BENCH_DAEMON_WARM (12) edits
# before, nothing changed through it. Then a table of medians: wall time as a ratio to
# Hugo's cold build, and peak memory. Output goes to /dev/shm for both generators; ours into a folder of
# its own, so its build cache (beside the site) is no one else's (BENCH_OUT=/dev/shm/<name> to use another).
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
base="${BENCH_OUT:-/dev/shm/hb-compare}-$N"; out="$base/site"; mkdir -p "$base"
# the launcher records its class-data archive on the first build or check after the jar changes: a build of
# the corpus (as a user's first build would; a check never takes a build's paths), into a folder of its own,
# so no timed run records it
"$here/handbook" build --content "$ours" --out "$base-archive/site" >/dev/null 2>&1 || true; rm -rf "$base-archive"
edited="$ours/chapters/$(ls "$ours/chapters" | sed -n '2p')"
grep -q '^Edited for the benchmark' "$edited" || printf '\nEdited for the benchmark.\n' >> "$edited"
export HANDBOOK_DAEMON=off   # the rows below run in fresh JVMs; the daemon's rows turn it on
cold() { rm -rf "$base"; "$here/handbook" build --content "$ours" --out "$out"; }
build() { "$here/handbook" build --content "$ours" --out "$out"; }
edit() { sed -i "s/^Edited for the benchmark.*/Edited for the benchmark $(date +%s%N)./" "$edited"; build; }
# the build daemon (HANDBOOK_DAEMON=on): its sockets in a folder of the benchmark's own, so stopping it stops no other
daemon() { HANDBOOK_DAEMON=on HANDBOOK_JAVA_OPTS="-Djava.io.tmpdir=$base-daemon" "$here/handbook" "$@"; }
dbuild() { daemon build --content "$ours" --out "$out"; }
dedit() { sed -i "s/^Edited for the benchmark.*/Edited for the benchmark $(date +%s%N)./" "$edited"; dbuild; }
# a daemon started for one edit: the last one ended first (by a signal: "daemon stop" would time a JVM of its own too)
dstart() { pkill -f -- "$base-daemon/handbook-" || true; while pgrep -f -- "$base-daemon/handbook-" >/dev/null; do sleep 0.01; done; dedit; }
export -f cold build edit daemon dbuild dedit dstart; export here ours out base edited
rows="$(mktemp)"; trap 'rm -f "$rows"' EXIT
timed() {   # NAME CMD...: timeit's rows, shown, and the medians kept for the table
  local name="$1" one; shift; one="$(mktemp)"
  "$kit/timeit.sh" -n "$RUNS" -- "$@" > "$one"
  cat "$one"
  awk -v n="$name" '$2 == "wall" {w = $5} $2 == "peak" {m = $5} END {print n, w, m}' "$one" >> "$rows"
  rm -f "$one"
}
CORPUS="$corpus" OUT="${BENCH_OUT:-/dev/shm/hugo}-hugo-$N" BENCH_WORK="$work" timed "hugo-cold" bash "$kit/run-hugo.sh" "$N"
timed "cold" bash -c cold
build >/dev/null 2>&1
timed "nothing-changed" bash -c build
timed "one-edit" bash -c edit
mkdir -p "$base-daemon"; chmod 700 "$base-daemon"
timed "daemon-start+edit" bash -c dstart
# a daemon an author has saved to a dozen times: its code compiled (C1 and C2) for the steps an edit runs
WARM="${BENCH_DAEMON_WARM:-12}"
for _ in $(seq "$WARM"); do dedit >/dev/null 2>&1; done
cpu() { daemon daemon status | sed -n 's/.* builds, .* CPU \([0-9]*\) ms.*/\1/p'; }
before="$(cpu)"
timed "daemon-one-edit" bash -c dedit
after="$(cpu)"
timed "daemon-nothing" bash -c dbuild
status="$(daemon daemon status)"; daemon daemon stop >/dev/null; rm -rf "$base-daemon"
echo
echo "$N pages, median of $RUNS runs, ratio = wall / Hugo's cold wall"
awk '{w[NR] = $2; printf "%-18s %8.3f s %7.2fx %9.1f MiB\n", $1, $2, $2 / w[1], $3}' "$rows"
# a daemon's memory and CPU are its own process's, which GNU time does not see (the rows' memory is the client's)
echo "daemon ($status)"
# the launcher asks a running daemon through its Perl client where it has perl and sha256sum, else through a client JVM
if command -v perl >/dev/null && command -v sha256sum >/dev/null; then client="the launcher's Perl client"; else client="a client JVM"; fi
echo "daemon rows asked through $client"
echo "daemon CPU per one-edit build: $(( (after - before) / (RUNS + 1) )) ms (mean of $RUNS runs and the warm-up)"
