#!/usr/bin/env bash
# bench/lighthouse.sh [RUNS] [--no-build]: Lighthouse on one page of each kind of the bundled handbook
# (of the print pages: the cover and contents, and the largest part of the book).
# Builds the site into target/lighthouse-site (unless --no-build), serves it on 127.0.0.1 under the
# base URL's path (so the 404 page's links resolve) and compressed with gzip, as static hosts serve
# it, runs the Lighthouse command line (its default mobile settings) RUNS times on each page and
# prints the median score of each category as a Markdown table.
# KINDS="glossary search" limits it to those kinds of page.
# Needs node and npm (Lighthouse is installed once into target/lighthouse-cli) and Chromium.
set -euo pipefail
RUNS=3; BUILD=1
for a in "$@"; do case "$a" in --no-build) BUILD=0 ;; *) RUNS="$a" ;; esac; done
here="$(cd "$(dirname "$0")/.." && pwd)"
site="$here/target/lighthouse-site"; report="$here/target/lighthouse"; cli="$here/target/lighthouse-cli"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
if [[ ! -x "$cli/node_modules/.bin/lighthouse" ]]; then
  mkdir -p "$cli" && npm install --prefix "$cli" --no-audit --no-fund --silent lighthouse@12 >/dev/null
fi
[[ $BUILD == 0 ]] || "$here/handbook" build --out "$site" >/dev/null
base="$(sed -n 's|^base-url: *https\?://[^/]*\(/.*\)$|\1|p' "$here/content/handbook.yaml")"; base="${base:-/}"
port=$((20000 + RANDOM % 20000))
node - "$site" "$port" "$base" <<'JS' &
// A static server like a host's: loopback only, gzip for text, 404.html for what is missing.
const [dir, port, base] = process.argv.slice(2);
const http = require('http'), fs = require('fs'), path = require('path'), zlib = require('zlib');
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.pdf': 'application/pdf', '.zip': 'application/zip' };
http.createServer((req, res) => {
  let rel = decodeURIComponent(req.url.split('?')[0]);
  let file = rel.startsWith(base) ? path.join(dir, rel.slice(base.length)) : null;
  if (file && !file.startsWith(dir)) file = null;
  if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  let status = 200;
  if (!file || !fs.existsSync(file)) { file = path.join(dir, '404.html'); status = 404; }
  const type = types[path.extname(file)] || 'application/octet-stream';
  let body = fs.readFileSync(file);
  const headers = { 'Content-Type': type, 'Cache-Control': 'max-age=3600' };
  if (/text|json|svg|xml|javascript/.test(type) && /gzip/.test(req.headers['accept-encoding'] || '')) {
    body = zlib.gzipSync(body); headers['Content-Encoding'] = 'gzip';
  }
  res.writeHead(status, headers); res.end(body);
}).listen(+port, '127.0.0.1');
JS
server=$!; trap 'kill "$server" 2>/dev/null' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port${base}index.html" >/dev/null && break; sleep 0.1; done
first() { (cd "$site/$1" && ls -d */ | head -1 | tr -d /); }
reading_first() { grep -o 'class="contents-link" href="[^"]*"' "$site/index.html" | head -1 | sed 's/.*href="//; s/"$//'; }
longest() { (cd "$site/$1" && ls -S */index.html | head -1 | cut -d/ -f1); }
pages=(
  "home index.html"
  "chapter $(reading_first)"
  "longest-chapter chapters/$(longest chapters)/index.html"
  "playbook playbooks/$(first playbooks)/index.html"
  "glossary glossary/index.html"
  "search search/index.html?q=rollback+plan"
  "flowchart flowcharts/$(first flowcharts)/index.html"
  "checklist checklists/$(first checklists)/index.html"
  "techniques techniques/index.html"
  "sources sources/index.html"
  "print print/index.html"
  "print-part print/$(cd "$site/print" && ls -S part-*.html | head -1)"
  "404 404.html"
)
rm -rf "$report"; mkdir -p "$report"
for p in "${pages[@]}"; do
  read -r kind path <<<"$p"
  [[ -z "${KINDS:-}" || " $KINDS " == *" $kind "* ]] || continue
  for ((i = 1; i <= RUNS; i++)); do
    "$cli/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$base$path" --quiet --output=json \
      --output-path="$report/$kind-$i.json" --chrome-flags="--headless --no-sandbox" \
      --only-categories=performance,accessibility,best-practices,seo >/dev/null 2>&1 || echo "lighthouse failed on $kind" >&2
  done
done
node - "$report" "$RUNS" "${pages[@]}" <<'JS'
const fs = require('fs');
const [dir, runs, ...pages] = process.argv.slice(2);
const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log('| page | path | performance | accessibility | best practices | SEO | failing audits |');
console.log('|---|---|---|---|---|---|---|');
for (const p of pages) {
  const [kind, path] = p.split(' ');
  const reports = [];
  for (let i = 1; i <= +runs; i++) {
    try { reports.push(JSON.parse(fs.readFileSync(`${dir}/${kind}-${i}.json`, 'utf8'))); } catch (e) { /* run failed */ }
  }
  if (!reports.length) continue;
  const scores = cats.map(c => median(reports.map(r => Math.round(100 * (r.categories[c].score ?? 0)))));
  const failing = new Set();
  for (const r of reports) for (const c of cats) for (const ref of r.categories[c].auditRefs) {
    const a = r.audits[ref.id];
    if (ref.weight > 0 && a.score !== null && a.score < 1) failing.add(ref.id);
  }
  console.log(`| ${kind} | ${path} | ${scores.join(' | ')} | ${[...failing].join(', ')} |`);
}
JS
