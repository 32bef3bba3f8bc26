#!/usr/bin/env bash
# bench/edit-loop.sh [EDITS] [PORT]: the save-to-browser time of `handbook serve` on the bundled handbook.
# Starts `./handbook serve` on a copy of content/, then headless Chromium (org.handbook.bench.EditLoop)
# opens the page of a chapter, a playbook, a term (the glossary) and a checklist in turn and saves the
# file: the time from the save to the page's live-reload event, and to the reloaded page showing the
# edit, for each edit, then the median and 95th percentile of both. Stops the server it started; with
# SERVE_LOG=FILE set, keeps the server's output (each rebuild's steps and times) in FILE.
set -euo pipefail
EDITS="${1:-20}"; PORT="${2:-8765}"
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d -t edit-loop.XXXXXX)"; pid=""
finish() {
  set +e
  if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; fi
  if [[ -n "${SERVE_LOG:-}" ]]; then cp "$work/serve.log" "$SERVE_LOG"; fi
  rm -rf "$work"
}
trap finish EXIT
cp -r "$here/content" "$work/content"
(cd "$here" && mvn -B -q -DskipTests -Dlint.skip=true test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >&2)
"$here/handbook" --version >/dev/null   # builds the jar if needed
(cd "$here" && exec ./handbook serve --content "$work/content" --out "$work/site" --port "$PORT") > "$work/serve.log" 2>&1 &
pid=$!
# serving, and the first build's slow outputs made
for _ in $(seq 600); do grep -q '^Made ' "$work/serve.log" 2>/dev/null && break; sleep 0.5; done
grep -q '^Made ' "$work/serve.log" || { cat "$work/serve.log" >&2; echo "serve did not start" >&2; exit 1; }
SE_OFFLINE=true java -cp "$here/target/classes:$here/target/test-classes:$(cat "$here/target/test-classpath.txt")" \
  org.handbook.bench.EditLoop "http://127.0.0.1:$PORT/" "$work/content" "$work/serve.log" "$EDITS"
