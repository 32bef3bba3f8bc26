#!/usr/bin/env bash
# bench/pdf-cost.sh [RUNS]: what the PDFs add to a cold build of the bundled handbook.
# Runs RUNS pairs of cold builds (no previous site, so nothing is reused), one with every PDF and one
# without (-Dhandbook.pdfs=off), interleaved so a busy moment of the machine hits both alike, and
# prints the median wall and CPU time of each and the share the PDFs add. Output goes to target/.
set -euo pipefail
RUNS="${1:-7}"
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/target/pdf-cost-site"; times="$(mktemp)"; trap 'rm -f "$times"' EXIT
[[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
"$here/handbook" build --out "$out" >/dev/null   # builds the jar and the class-data archive if needed
run() {  # label, then java options
  rm -rf "$out" "$(dirname "$out")/.$(basename "$out").render-cache" "$(dirname "$out")/.handbook-cache"; sync; sleep 1
  HANDBOOK_JAVA_OPTS="$2" /usr/bin/time -a -o "$times" -f "$1 %e %U %S" "$here/handbook" build --out "$out" >/dev/null
}
for ((i = 0; i < RUNS; i++)); do run with ""; run without "-Dhandbook.pdfs=off"; done
python3 - "$times" <<'PY'
import sys, statistics as st
rows = {}
for line in open(sys.argv[1]):
    p = line.split()
    if len(p) == 4: rows.setdefault(p[0], []).append((float(p[1]), float(p[2]) + float(p[3])))
for k in ("without", "with"):
    w = sorted(r[0] for r in rows[k]); c = sorted(r[1] for r in rows[k])
    print(f"{k:8s} PDFs: wall median {st.median(w):.2f} s (min {w[0]:.2f}, max {w[-1]:.2f}), cpu median {st.median(c):.2f} s, n={len(w)}")
a = st.median(r[0] for r in rows["without"]); b = st.median(r[0] for r in rows["with"])
print(f"the PDFs add {b - a:.2f} s to the median cold build: +{100 * (b - a) / a:.0f}% (target: under +33%)")
PY
