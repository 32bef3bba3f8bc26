// handbook: the browser side of search. It does no language work and no scoring of its own:
// words map to Lucene's stems through the exported vocabulary, and a record's score is the sum
// of the per-term Lucene scores exported at build time. Search files load lazily as scripts, so
// the index works from file:// as well as over HTTP. Runs after site.js and search-rank.js; it
// defines handbook.search, which the exported files call to hand over their data.
(function () {
  'use strict';
  const handbook = window.handbook;
  const root = handbook.root;
  const loaded = new Map();
  const pending = new Map();
  let manifest = null;
  let manifestLoad = null;
  // the export's format (SearchExport.FORMAT) this engine reads
  const FORMAT = 3;

  /**
   * Loads a script. Resolves once it has run; rejects when it could not be loaded (missing from
   * a partial copy, a page cached from before a rebuild), so that no search waits forever.
   */
  function script(src) {
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.async = true;
      s.onload = () => {
        s.remove();
        resolve();
      };
      s.onerror = () => {
        s.remove();
        reject(new Error('search: could not load ' + src));
      };
      document.head.appendChild(s);
    });
  }

  /**
   * A search file's data. A failed load is forgotten, not remembered: the next search asks for the
   * file again, so search recovers once the file is back.
   */
  function loadShard(dir, name) {
    if (loaded.has(name)) {
      return Promise.resolve(loaded.get(name));
    }
    if (!pending.has(name)) {
      const file = 'search/' + dir + '/' + name + '.js';
      pending.set(name, script(root + file).then(() => {
        // a script that ran without handing its data over: cut short, or from another build
        if (!loaded.has(name)) {
          throw new Error('search: ' + file + ' did not hand over its data');
        }
        return loaded.get(name);
      }).finally(() => pending.delete(name)));
    }
    return pending.get(name);
  }

  /**
   * The manifest if this engine reads its format (a page from another build of the generator than
   * its search files does not).
   */
  function usable() {
    if (manifest.format !== FORMAT) {
      const found = manifest.format;
      manifest = null;
      throw new Error('search: search/index.js is format ' + found + ', this page reads ' + FORMAT);
    }
    return manifest;
  }

  // the search page loads search/index.js itself, beside the scripts, so that a query in its
  // address does not wait for one more request
  function getManifest() {
    if (manifest) {
      return Promise.resolve().then(usable);
    }
    if (!manifestLoad) {
      manifestLoad = script(root + 'search/index.js').then(() => {
        if (!manifest) {
          throw new Error('search: search/index.js did not hand over the manifest');
        }
        return usable();
      }).finally(() => {
        manifestLoad = null;
      });
    }
    return manifestLoad;
  }

  // split as Lucene's standard tokenizer does for ordinary text, lower-cased
  const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
  function words(text) {
    return text.toLowerCase().match(WORD) || [];
  }

  function editDistanceAtMostOne(a, b) {
    if (a === b) {
      return true;
    }
    const la = a.length;
    const lb = b.length;
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    let i = 0;
    let j = 0;
    let edits = 0;
    while (i < la && j < lb) {
      if (a[i] === b[j]) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) {
        return false;
      }
      if (la > lb) {
        i++;
      } else if (lb > la) {
        j++;
      } else if (a[i + 1] === b[j] && a[i] === b[j + 1]) {
        i += 2; // a swap of two letters
        j += 2;
      } else {
        i++;
        j++;
      }
    }
    return edits + (la - i) + (lb - j) <= 1;
  }

  // the vocabulary file that holds a word: the last in the directory whose first word is not after it
  // (the directory is in the manifest, or on a large site split by first letter)
  function shardFor(text) {
    return getManifest().then((m) => {
      const none = { w: {}, s: {}, f: [] };
      const d = m.v.d;
      if (Array.isArray(d)) {
        return pick(d, text) || none;
      }
      const letter = d[Array.from(text)[0]];
      return letter ? loadShard('v', letter).then((list) => pick(list, text) || none) : none;
    });
  }

  function pick(directory, text) {
    let lo = 0;
    let hi = directory.length - 1;
    if (hi < 0 || directory[0][0] > text) {
      return null;
    }
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (directory[mid][0] <= text) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return loadShard('v', directory[lo][1]);
  }

  // a word's stem: 0 means the word is its own stem
  function stemOf(shard, word) {
    const s = shard.w[word];
    return s === 0 ? word : s;
  }

  function df(shard, stem) {
    const s = shard.s[stem];
    return s ? s[0] : 0;
  }

  // one typed word: its stem, or a correction one edit away, or (while typing) its completions
  function resolveWord(word, isLast, options) {
    return shardFor(word).then((shard) => {
      if (shard.w[word] !== undefined) {
        return { word: word, stems: [stemOf(shard, word)] };
      }
      const candidates = Object.keys(shard.w);
      if (isLast && options.prefix !== false && word.length >= 2) {
        const done = candidates.filter((w) => w.indexOf(word) === 0)
          .map((w) => stemOf(shard, w))
          .filter((s, i, every) => every.indexOf(s) === i)
          .sort((a, b) => df(shard, b) - df(shard, a)).slice(0, 3);
        if (done.length) {
          return { word: word, stems: done, completed: true };
        }
      }
      if (options.fuzzy !== false && word.length >= 4) {
        let best = null;
        candidates.forEach((w) => {
          const better = !best || df(shard, stemOf(shard, w)) > df(shard, stemOf(shard, best));
          if (better && editDistanceAtMostOne(word, w)) {
            best = w;
          }
        });
        if (best) {
          return { word: word, stems: [stemOf(shard, best)], corrected: best };
        }
      }
      return { word: word, stems: [] };
    });
  }

  // a stem's entry in the vocabulary, with the data files it refers to
  function stemInfo(stem) {
    return shardFor(stem).then((shard) => shard.s[stem] ? { info: shard.s[stem], files: shard.f } : null);
  }

  // a stem's part of a data file
  function data(file, stem) {
    return loadShard('d', file).then((d) => {
      if (d[stem] === undefined) {
        throw new Error('search: search/d/' + file + '.js does not hold ' + stem);
      }
      return d[stem];
    });
  }

  // body norms of records the query's lists have shown, kept across searches (search-rank.js fills it)
  const norms = new Map();

  function isSub(list, sub) {
    for (let i = 0; i + sub.length <= list.length; i++) {
      if (sub.every((s, j) => list[i + j] === s)) {
        return true;
      }
    }
    return false;
  }

  // parses quotes, maps words to stems, adds the synonyms of any glossary phrase the query holds
  function analyse(query, options) {
    const phrases = [];
    const rest = query.replace(/"([^"]*)"?/g, (_, p) => {
      phrases.push(p);
      return ' ' + p + ' ';
    });
    const typed = words(rest);
    const trailingSpace = /\s$/.test(query);
    // the last word completes as a prefix while it is being typed (not after a space or in quotes)
    const typing = !trailingSpace && query.indexOf('"') < 0;
    return Promise.all(typed.map((w, i) => resolveWord(w, typing && i === typed.length - 1, options)))
      .then((resolved) => getManifest().then((m) => {
        const exact = [];
        const groups = []; // each: the stems one typed word stands for (completions are alternatives) and its weight
        resolved.forEach((r) => {
          if (!r.stems.length) {
            return;
          }
          if (r.stems.length === 1) {
            exact.push(r.stems[0]);
          }
          groups.push({ stems: r.stems, weight: 1 });
        });
        m.synonyms.forEach((group) => {
          if (group.some((phrase) => isSub(exact, phrase))) {
            group.forEach((phrase) => phrase.forEach((s) => groups.push({ stems: [s], weight: m.synonymWeight })));
          }
        });
        const seen = new Set();
        const slots = groups.filter((g) => {
          const key = g.stems.join('|');
          return !seen.has(key) && seen.add(key);
        });
        // a stem already wanted on its own does not also count inside a group of alternatives
        const required = [];
        phrases.forEach((p) => words(p).forEach((w) => {
          const r = resolved.find((x) => x.word === w);
          if (r && r.stems.length === 1 && required.indexOf(r.stems[0]) < 0) {
            required.push(r.stems[0]);
          }
        }));
        return {
          slots: slots, required: required, phrases: phrases,
          corrections: resolved.filter((r) => r.corrected),
          unknown: resolved.filter((r) => !r.stems.length).map((r) => r.word)
        };
      }));
  }

  function slug(title) {
    return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'section';
  }

  // the name of numbered file k (fragments, norms): its number and its block's version, from the
  // manifest's [records a file, files a block, versions]
  function numbered(spec, k) {
    return k + '-' + spec[2].substr(4 * Math.floor(k / spec[1]), 4);
  }

  // a record as a result shows it
  function record(rec) {
    return getManifest().then((m) => {
      const perFile = m.f[0];
      return loadShard('f', numbered(m.f, Math.floor(rec / perFile))).then((rows) => {
        const r = rows[rec % perFile];
        // a URL ending at '#' has the title's slug as its anchor (MarkdownParser.slug, ASCII titles)
        const url = r[2].endsWith('#') ? r[2] + slug(r[0]) : r[2];
        return { rec: rec, type: typeOf(m, rec), title: r[0], context: r[1], url: root + url, text: r[3] };
      });
    });
  }

  // surface words of the loaded vocabulary that stand for the matched stems, for highlighting
  function surfaces(stems) {
    const out = {};
    loaded.forEach((shard) => {
      if (shard && shard.w) {
        Object.keys(shard.w).forEach((w) => {
          if (stems.indexOf(stemOf(shard, w)) >= 0) {
            out[w] = true;
          }
        });
      }
    });
    return out;
  }

  function hasPhrases(r, phrases) {
    if (!r.text) {
      return 0;
    }
    const text = (r.title + ' ' + r.text).toLowerCase();
    return phrases.every((p) => text.indexOf(p.toLowerCase().trim()) >= 0) ? 1 : 0;
  }

  function typeOf(m, rec) {
    const type = Object.keys(m.types).find((t) => rec >= m.types[t][0] && rec < m.types[t][1]);
    return type || 'other';
  }

  // the ranking itself lives in search-rank.js, loaded before this file
  const io = { manifest: null, widths: null, norms: norms, loadShard, stemInfo, data, numbered };
  const rank = handbook.rank ? handbook.rank(io) : null;

  // a site whose records are in this many files or fewer (FragmentFiles.SMALL_FILES) has a page of
  // results load them all while the words are looked up, rather than after the ranking
  const FEW_RECORD_FILES = 4;

  function loadFewRecordFiles() {
    getManifest().then((m) => {
      const files = Math.ceil(m.records / m.f[0]);
      for (let k = 0; files <= FEW_RECORD_FILES && k < files; k++) {
        // a failed load is forgotten: record() asks again and reports it
        loadShard('f', numbered(m.f, k)).catch(() => undefined);
      }
    }).catch(() => undefined);
  }

  function find(query, options) {
    if (!rank) {
      return Promise.reject(new Error('search: search-rank.js did not load'));
    }
    const analysed = analyse(query, options);
    if (options.all && options.records !== false) {
      loadFewRecordFiles();
    }
    return analysed.then((q) => {
      if (!q.slots.length) {
        return { results: [], counts: {}, total: 0, corrections: q.corrections, unknown: q.unknown, stems: [],
          words: {} };
      }
      return getManifest().then((m) => {
        io.manifest = m;
        io.widths = m.widths;
        return rank(q.slots, q.required, options);
      }).then((ranked) => getManifest().then((m) => {
        const stems = [].concat(...q.slots.map((s) => s.stems));
        const counts = {};
        if (options.all) {
          ranked.matched.forEach((rec) => {
            const t = typeOf(m, rec);
            counts[t] = (counts[t] || 0) + 1;
          });
        }
        const top = ranked.top;
        const details = options.records === false ? Promise.resolve(top.map((r) => ({ rec: r.rec })))
          : Promise.all(top.map((r) => record(r.rec)));
        return details.then((recs) => {
          const results = recs.map((d, i) => Object.assign(d, { score: top[i].score / m.scale }));
          if (q.phrases.length) {
            // records whose text shows the phrase itself come first
            const first = (r) => hasPhrases(r, q.phrases);
            results.sort((a, b) => first(b) - first(a) || b.score - a.score || a.rec - b.rec);
          }
          return { results: results, counts: counts, total: ranked.matched.length, corrections: q.corrections,
            unknown: q.unknown, stems: stems, words: surfaces(stems), labels: m.labels || {} };
        });
      }));
    });
  }

  handbook.search = {
    /** Called by search/index.js. */
    manifest: function (m) {
      manifest = m;
    },
    /** Called by every other search file with its name and data. */
    shard: function (name, content) {
      loaded.set(name, content);
    },
    /**
     * Searches; resolves to { results: [{rec, score, type, title, context, url, text}], counts,
     * total, corrections, unknown, stems, words, labels (by type: [one, several], as the handbook
     * words them) }, or rejects when a search file fails to load.
     * Options: limit, type, all (exact counts), prefix and fuzzy (both on unless false), records
     * (false: scores only).
     */
    query: function (query, options) {
      return find(query, options || {});
    },
    /** The words of a text as the engine splits them (Lucene's standard tokenizer, roughly). */
    WORD: WORD
  };
})();
