#!/usr/bin/env bash
# bench/search-compare.sh [SIZE ...]: our search export beside Pagefind's bundle on the same built sites,
# in one run. SIZE is "handbook" (the bundled content) or a page count of the shared synthetic corpus;
# by default handbook, 1000 and 5000. For each site: our search files and bytes (search/ without the
# search page), Pagefind 1.6.0's bundle for the same pages, and the bytes a cold browser fetches per
# query (ours: headless Chromium over HTTP, gzip as a server sends it, ten results with their text;
# Pagefind: its own pagefind.js in Node, five results' fragments, files pre-gzipped), and the results
# page opened from disk (file://) with each query. Ends with Markdown tables of both and their ratios
# (ours / Pagefind) and the issue's limits checked: the whole site under 20,000 files, the search part
# no more files than Pagefind's bundle, a cold query at most 40 KiB gzip (at 5,000 pages), search
# working from disk. Files and bytes do not depend on the machine's load; times do.
set -euo pipefail
sizes=("$@"); [[ ${#sizes[@]} -gt 0 ]] || sizes=(handbook 1000 5000)
queries=("rollback plan" "latency" "deployment checklist" "kubernetes")
here="$(cd "$(dirname "$0")/.." && pwd)"; kit="${BENCH_KIT:-$here/../shared/bench}"; work="${BENCH_WORK:-/tmp/bench}"
cp_file="$here/target/test-classpath.txt"
(cd "$here" && mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2)
cp="$here/target/classes:$here/target/test-classes:$(cat "$cp_file")"
"$here/handbook" --version >/dev/null   # builds the jar if needed
table="$work/search-compare.tsv"; mkdir -p "$work"; : > "$table"
files() { find "$1" -type f ! -path "$1/index.html" | wc -l; }
bytes() { find "$1" -type f ! -path "$1/index.html" -printf '%s\n' | awk '{s += $1} END {print s + 0}'; }

for N in "${sizes[@]}"; do
  if [[ "$N" == handbook ]]; then content="$here/content"; else
    corpus="$work/corpus-$N"; content="$work/handbook-$N"
    [[ -d "$corpus/content/docs" ]] || "$kit/gen-corpus.sh" "$N" "$corpus" >&2
    [[ -d "$content/chapters" ]] || java -cp "$cp" org.handbook.bench.CorpusConverter "$corpus" "$content" >&2
  fi
  site=/dev/shm/hb-search-$N; pf=/dev/shm/pf-search-$N
  rm -rf "$site" "$(dirname "$site")/.$(basename "$site").render-cache"
  echo "== $N: ours"
  "$here/handbook" build --content "$content" --out "$site" | sed 's/^/   /'
  pages=$(find "$site" -name index.html | wc -l)
  echo "   search export: $(files "$site/search") files, $(bytes "$site/search") bytes; site: $(find "$site" -type f | wc -l) files, $pages pages"
  echo "== $N: Pagefind on the same pages (without our search/)"
  rm -rf "$pf"; mkdir -p "$pf"; (cd "$site" && tar cf - --exclude=./search .) | (cd "$pf" && tar xf -)
  t0=$(date +%s%N); bash "$kit/run-pagefind.sh" "$pf" >/dev/null 2>&1; t1=$(date +%s%N)
  echo "   bundle: $(files "$pf/pagefind") files, $(bytes "$pf/pagefind") bytes, indexed in $(( (t1 - t0) / 1000000 )) ms"
  printf 'SITE\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$N" "$(files "$site/search")" "$(bytes "$site/search")" \
    "$(files "$pf/pagefind")" "$(bytes "$pf/pagefind")" "$pages" "$(find "$site" -type f | wc -l)" >> "$table"
  echo "== $N: cold queries"
  java -cp "$cp" org.handbook.bench.SearchBenchmark "$site" "${queries[@]}" 2>/dev/null \
    | tee >(grep '^TSV' | sed "s/^TSV/OURS\t$N/" >> "$table") >(grep '^FILETSV' | sed "s/^FILETSV/DISK\t$N/" >> "$table") \
    | grep -v 'TSV' | sed 's/^/   ours /'
  node "$kit/pagefind-query-bytes.mjs" "$pf" "${queries[@]}" 2>/dev/null | grep '^TSV' | grep -v 'TSV.query' \
    | tee >(sed "s/^TSV/PF\t$N/" >> "$table") | awk -F'\t' '{printf "   pagefind %-24s %6.1f KiB, %s hits\n", "\"" $2 "\"", $9 / 1024, $3}'
done
sleep 1   # the tee'd lines land

echo
echo "Search export beside Pagefind (ratio: ours / Pagefind)"
echo
echo "| site | pages | whole site, files | our search files | Pagefind's files | ratio | our search bytes | Pagefind's bytes | ratio |"
echo "|---|---|---|---|---|---|---|---|---|"
awk -F'\t' '$1 == "SITE" { printf "| %s | %d | %d | %d | %d | %.2f | %.1f MB | %.1f MB | %.2f |\n", $2, $7, $8, $3, $5, $3 / $5, $4 / 1e6, $6 / 1e6, $4 / $6 }' "$table"
echo
echo "Cold query (first query of a fresh browser): ours 10 results with their text, Pagefind 5 results' fragments"
echo
echo "| site | query | ours, gzip KiB | our files | Pagefind, gzip KiB | ratio | from disk: results shown |"
echo "|---|---|---|---|---|---|---|"
awk -F'\t' '
  $1 == "OURS" { ours[$2 "\t" $3] = $6; files[$2 "\t" $3] = $4 }
  $1 == "PF"   { pf[$2 "\t" $3] = $10 }
  $1 == "DISK" { disk[$2 "\t" $3] = $4 }
  END { for (k in ours) { split(k, p, "\t"); printf "| %s | %s | %.1f | %d | %.1f | %.2f | %s |\n", p[1], p[2], ours[k] / 1024, files[k], pf[k] / 1024, pf[k] ? ours[k] / pf[k] : 0, disk[k] } }' "$table" | sort
echo
echo "Limits (issue 15.5)"
awk -F'\t' '
  function check(ok, what) { printf "%s %s\n", ok ? "ok  " : "FAIL", what; if (!ok) failed = 1 }
  $1 == "SITE" { check($8 < 20000 || $7 < 5000, $2 ": whole site " $8 " files (under 20,000 at 5,000 pages)"); check($3 <= $5, $2 ": search " $3 " files, Pagefind " $5) }
  $1 == "OURS" && $2 ~ /^[0-9]+$/ && $2 >= 5000 { check($6 <= 40 * 1024, $2 " \"" $3 "\": cold query " sprintf("%.1f", $6 / 1024) " KiB gzip (at most 40)") }
  $1 == "DISK" { d = $3 == "kubernetes" ? 1 : $4 > 0; check(d, $2 " \"" $3 "\": from disk, " $4 " results shown") }
  END { exit failed }' "$table"
