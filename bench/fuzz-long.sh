#!/usr/bin/env bash
# The long runs of the robustness suites (mvn verify runs them briefly):
#   bench/fuzz-long.sh [TRIES] [KILLS]
# TRIES: inputs per fuzz property (default 2000; two properties, so twice as many inputs):
#   mutated content files and changed content folders, each run as `handbook check` runs it, bounded;
# KILLS: builds killed with kill -9 at random moments (default 100).
# Prints the figures (inputs tried, built, refused with located problems; kills that left the old
# site, the new one, or a site moved aside mid-swap) and exits non-zero on any failure: a failing
# try is printed with its input and its seed (-Dhandbook.seed=S -Dhandbook.tries=1 runs it again),
# to keep as a regression example in ContentFuzzTest.
set -euo pipefail
cd "$(dirname "$0")/.."
tries=${1:-2000}
kills=${2:-100}
rm -f target/fuzz-figures.txt target/kill-trials.txt
status=0
mvn -B -q test -Dtest=ContentFuzzTest -Dhandbook.tries="$tries" -Dhandbook.fuzzBound=120 -Dsurefire.failIfNoSpecifiedTests=false || status=$?
mvn -B -q test -Dtest=KilledBuildsTest -Dhandbook.killTrials="$kills" -Dsurefire.failIfNoSpecifiedTests=false || status=$?
echo
cat target/fuzz-figures.txt target/kill-trials.txt 2>/dev/null || true
exit $status
