#!/usr/bin/env bash
# The long run of the fuzz suite (mvn verify runs it briefly):
#   bench/fuzz-long.sh [TRIES]
# TRIES: inputs per fuzz property (default 2000; two properties, so twice as many inputs, plus the
# fixed hostile inputs): mutated content files and changed content folders, each run as
# `handbook check` runs it, bounded (a run past 120 s is a hang).
# Prints the figures (inputs tried, built, refused with located problems) and exits non-zero on any
# failure: a failing try is printed with its input and its seed (-Dhandbook.seed=S
# -Dhandbook.tries=1 runs it again), to keep as a regression example in ContentFuzzTest.
# The kill trials have their own script, bench/kill-trials.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
tries=${1:-2000}
rm -f target/fuzz-figures.txt
status=0
mvn -B -q test -Dtest=ContentFuzzTest -Dhandbook.tries="$tries" -Dhandbook.fuzzBound=120 -Dsurefire.failIfNoSpecifiedTests=false || status=$?
echo
cat target/fuzz-figures.txt 2>/dev/null || true
exit $status
