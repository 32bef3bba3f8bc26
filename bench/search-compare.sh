#!/usr/bin/env bash
# bench/search-compare.sh N|handbook [QUERY ...]: our search beside Pagefind on the same built site, in one run.
# Builds the site (synthetic corpus of N pages, or the bundled handbook), prints our index step and
# export size, then Pagefind's indexing time on that site without our search/ folder, then for each
# query the bytes a cold browser fetches and the time to results, ours (headless Chromium) and Pagefind's
# (its own pagefind.js in Node, ../shared/bench/pagefind-query-bytes.mjs).
set -euo pipefail
N="${1:?usage: bench/search-compare.sh N|handbook [QUERY ...]}"; shift
queries=("$@"); [[ ${#queries[@]} -gt 0 ]] || queries=("rollback plan" "latency" "deployment checklist" "kubernetes")
here="$(cd "$(dirname "$0")/.." && pwd)"; kit="${BENCH_KIT:-$here/../shared/bench}"; work="${BENCH_WORK:-/tmp/bench}"
cp_file="$here/target/test-classpath.txt"
(cd "$here" && mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2)
cp="$here/target/classes:$here/target/test-classes:$(cat "$cp_file")"
if [[ "$N" == handbook ]]; then content="$here/content"; else
  corpus="$work/corpus-$N"; content="$work/handbook-$N"
  [[ -d "$corpus/content/docs" ]] || "$kit/gen-corpus.sh" "$N" "$corpus" >&2
  [[ -d "$content/chapters" ]] || java -cp "$cp" org.handbook.bench.CorpusConverter "$corpus" "$content" >&2
fi
site=/dev/shm/hb-search-$N; pf=/dev/shm/pf-search-$N
"$here/handbook" check --content "$content" >/dev/null 2>&1 || true   # jar and class-data archive
rm -rf "$site" "$site.render-cache" "$(dirname "$site")/.$(basename "$site").render-cache"
echo "== ours: build (the index step is search records + Lucene + export)"
"$here/handbook" build --content "$content" --out "$site" | sed 's/^/   /'
echo "   export: $(find "$site/search" -type f | wc -l) files, $(du -sh --apparent-size "$site/search" | cut -f1)"
echo "== ours: the search step alone, no PDFs beside it (fresh JVM, launcher flags but no class-data archive; content loaded first, not timed)"
java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms768m -cp "$cp" org.handbook.bench.SearchIndexBenchmark "$content" 2 2>/dev/null | sed 's/^/   /'
echo "== Pagefind 1.6.0 on the same pages"
rm -rf "$pf"; mkdir -p "$pf"; (cd "$site" && tar cf - --exclude=./search .) | (cd "$pf" && tar xf -)
"$kit/timeit.sh" -n 3 -w 0 -- bash "$kit/run-pagefind.sh" "$pf" 2>&1 | grep -E "wall|peak|min" | sed 's/^/   /'
echo "   bundle: $(find "$pf/pagefind" -type f | wc -l) files, $(du -sh --apparent-size "$pf/pagefind" | cut -f1)"
echo "== cold queries: ours (raw as served, gzip as a web server sends) | Pagefind (files are pre-gzipped)"
java -cp "$cp" org.handbook.bench.SearchBenchmark "$site" "${queries[@]}" 2>/dev/null | sed 's/^/   ours /'
node "$kit/pagefind-query-bytes.mjs" "$pf" "${queries[@]}" 2>/dev/null | grep -E "^TSV" | sed 's/^/   pagefind /'
