#!/usr/bin/env bash
# Builds killed with kill -9 at random moments (mvn verify kills a few):
#   bench/kill-trials.sh [TRIALS] [SEED]
# TRIALS: kills (default 100). Each kills a `handbook build` in a child JVM (target/handbook-all.jar)
# at a random point of its run, checks that the site is the complete old one or the complete new
# one, builds again (the new content or back to the old) and checks that the result equals a clean
# build and that no staging folder, old site or temporary file is left.
# Prints the counts (old site, new site, killed between the swap's two moves, trials that left
# files behind for the next build to sweep) and exits non-zero on any failure, naming the seed.
set -euo pipefail
cd "$(dirname "$0")/.."
trials=${1:-100}
seed=${2:-$(date +%s%N)}
rm -f target/kill-trials.txt
status=0
mvn -B -q test -Dtest=KilledBuildsTest -Dhandbook.killTrials="$trials" -Dhandbook.killSeed="$seed" -Dsurefire.failIfNoSpecifiedTests=false || status=$?
echo
cat target/kill-trials.txt 2>/dev/null || true
exit $status
