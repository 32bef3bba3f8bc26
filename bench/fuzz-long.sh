#!/usr/bin/env bash
# The long runs of the fuzz suite and of the rebuild property (mvn verify runs them briefly):
#   bench/fuzz-long.sh [TRIES] [REBUILDS]
# TRIES: inputs per fuzz property (default 2000; two properties, so twice as many inputs, plus the
# fixed hostile inputs): mutated content files and changed content folders, each run as
# `handbook check` runs it, bounded (a run past FUZZ_BOUND seconds, default 600, counts as a hang:
# the largest hostile inputs, a 1 MB line or a 1000-row table of links, take minutes on a loaded machine).
# REBUILDS: random edits per rebuild property (default 50; two properties, `build` and `serve`),
# each rebuild compared byte for byte with a clean build of the same files (0 skips them).
# Prints the figures and exits non-zero on any failure: a failing try is printed with its input
# and its seed (-Dhandbook.seed=S -Dhandbook.tries=1 runs it again), to keep as a regression
# example. The kill trials have their own script, bench/kill-trials.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
tries=${1:-2000}
rebuilds=${2:-50}
bound=${FUZZ_BOUND:-600}
rm -f target/fuzz-figures.txt
status=0
mvn -B -q test -Dtest=ContentFuzzTest -Dhandbook.tries="$tries" -Dhandbook.fuzzBound="$bound" -Dsurefire.failIfNoSpecifiedTests=false || status=$?
rebuilt=skipped
if [ "$rebuilds" -gt 0 ]; then
  if mvn -B -q test -Dtest=RebuildPropertyTest -Dhandbook.tries="$rebuilds" -Dsurefire.failIfNoSpecifiedTests=false; then
    rebuilt="$((2 * rebuilds + 1)) rebuilds ($rebuilds build, $rebuilds serve, 1 fixed) each equal to a clean build (the same bytes, or the same problems)"
  else
    status=1
    rebuilt="FAILED (see above)"
  fi
fi
echo
cat target/fuzz-figures.txt 2>/dev/null || true
echo "rebuild vs clean: $rebuilt"
exit $status
