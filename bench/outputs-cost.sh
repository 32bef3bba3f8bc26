#!/usr/bin/env bash
# bench/outputs-cost.sh REV [RUNS]: what this checkout's build costs against revision REV's, cold.
# Checks REV out into a worktree under target/, builds its jar, then runs RUNS pairs of cold builds
# of the bundled handbook (no previous site, render cache or build cache, so nothing is reused), REV's and this
# checkout's interleaved so a busy moment hits both alike, and prints median wall and CPU time.
# Used for the EPUB, the preview cards and the offline copy (REV: the commit before them).
set -euo pipefail
REV="$1"; RUNS="${2:-5}"
here="$(cd "$(dirname "$0")/.." && pwd)"
other="$here/target/cost-worktree"; times="$(mktemp)"; trap 'rm -f "$times"' EXIT
[[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
[[ -d "$other" ]] || git -C "$here" worktree add -q "$other" "$REV"
git -C "$other" checkout -q --detach "$REV"
for dir in "$other" "$here"; do (cd "$dir" && ./handbook build --content "$here/content" --out "$dir/target/cost-site" >/dev/null); done
run() {  # label, checkout
  local out="$2/target/cost-site"
  rm -rf "$out" "$(dirname "$out")/.$(basename "$out").render-cache" "$(dirname "$out")/.handbook-cache"; sync; sleep 1
  (cd "$2" && /usr/bin/time -a -o "$times" -f "$1 %e %U %S" ./handbook build --content "$here/content" --out "$out" >/dev/null)
}
for ((i = 0; i < RUNS; i++)); do run before "$other"; run after "$here"; done
python3 - "$times" "$REV" <<'PY'
import sys, statistics as st
rows = {}
for line in open(sys.argv[1]):
    p = line.split()
    if len(p) == 4: rows.setdefault(p[0], []).append((float(p[1]), float(p[2]) + float(p[3])))
for k in ("before", "after"):
    w = sorted(r[0] for r in rows[k]); c = sorted(r[1] for r in rows[k])
    print(f"{k:6s} wall median {st.median(w):.2f} s (min {w[0]:.2f}, max {w[-1]:.2f}), cpu median {st.median(c):.2f} s, n={len(w)}")
a = st.median(r[0] for r in rows["before"]); b = st.median(r[0] for r in rows["after"])
ca = st.median(r[1] for r in rows["before"]); cb = st.median(r[1] for r in rows["after"])
print(f"against {sys.argv[2]}: wall {b - a:+.2f} s ({100 * (b - a) / a:+.0f}%), cpu {cb - ca:+.2f} s ({100 * (cb - ca) / ca:+.0f}%)")
PY
