// handbook: the browser side of search. It does no language work and no scoring of its own:
// words map to Lucene's stems through the exported vocabulary, and a record's score is the sum
// of the per-term Lucene scores exported at build time. Shards load lazily as scripts, so the
// index works from file:// as well as over HTTP.
(function () {
  'use strict';
  var root = document.documentElement.getAttribute('data-root') || '';
  var pending = {};
  var loaded = {};
  var manifest = null;
  var manifestWaiters = [];

  function script(src) {
    var s = document.createElement('script');
    s.src = src;
    s.async = true;
    s.onerror = function () { s.remove(); };
    document.head.appendChild(s);
  }

  var resolvers = {};

  function loadShard(dir, name) {
    if (loaded[name]) return Promise.resolve(loaded[name]);
    if (pending[name]) return pending[name];
    pending[name] = new Promise(function (resolve) {
      resolvers[name] = resolve;
      script(root + 'search/' + dir + '/' + name + '.js');
    });
    return pending[name];
  }

  function getManifest() {
    if (manifest) return Promise.resolve(manifest);
    return new Promise(function (resolve) {
      manifestWaiters.push(resolve);
      if (manifestWaiters.length === 1) script(root + 'search/index.js');
    });
  }

  var api = window.hbSearch = {
    manifest: function (m) {
      manifest = m;
      manifestWaiters.splice(0).forEach(function (w) { w(m); });
    },
    shard: function (name, data) {
      loaded[name] = data;
      if (resolvers[name]) { resolvers[name](data); delete resolvers[name]; }
      delete pending[name];
    }
  };

  // a word or stem lives in the shard named by its longest prefix that is a shard key
  function shardFor(text) {
    return getManifest().then(function (m) {
      var chars = Array.from(text);
      var letter = m.v[chars[0]];
      if (!letter) return { w: {}, s: {} };
      function find(keys, shortest) {
        for (var n = Math.min(chars.length, m.maxKey); n >= shortest; n--) {
          var k = chars.slice(0, n).join('');
          if (keys[k]) return loadShard('v', keys[k]);
        }
        return null;
      }
      var none = { w: {}, s: {} };
      return loadShard('v', letter).then(function (keys) {
        if (!keys['@']) return find(keys, 1) || none;
        // a long list is split by the keys' first two characters (SearchExport.keyList)
        var two = chars.length >= 2 && keys['@'][chars.slice(0, 2).join('')];
        var longer = two ? loadShard('v', two).then(function (list) { return find(list, 2); }) : Promise.resolve(null);
        return longer.then(function (shard) { return shard || find(keys['.'], 1) || none; });
      });
    });
  }

  // split as Lucene's standard tokenizer does for ordinary text, lower-cased
  var WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
  function words(text) {
    return (text.toLowerCase().match(WORD) || []);
  }

  function editDistanceAtMostOne(a, b) {
    if (a === b) return true;
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0, j = 0, edits = 0;
    while (i < la && j < lb) {
      if (a[i] === b[j]) { i++; j++; continue; }
      if (++edits > 1) return false;
      if (la > lb) i++;
      else if (lb > la) j++;
      else if (a[i + 1] === b[j] && a[i] === b[j + 1]) { i += 2; j += 2; } // a swap of two letters
      else { i++; j++; }
    }
    return edits + (la - i) + (lb - j) <= 1;
  }

  function df(shard, stem) {
    var s = shard.s[stem];
    return s ? s.n : 0;
  }

  // one typed word: its stem, or a correction one edit away, or (while typing) its completions
  function resolveWord(word, isLast, options) {
    return shardFor(word).then(function (shard) {
      if (shard.w[word]) return { word: word, stems: [shard.w[word]] };
      var candidates = Object.keys(shard.w);
      if (isLast && options.prefix !== false && word.length >= 2) {
        var done = candidates.filter(function (w) { return w.indexOf(word) === 0; })
          .map(function (w) { return shard.w[w]; })
          .filter(function (s, i, all) { return all.indexOf(s) === i; })
          .sort(function (a, b) { return df(shard, b) - df(shard, a); }).slice(0, 3);
        if (done.length) return { word: word, stems: done, completed: true };
      }
      if (options.fuzzy !== false && word.length >= 4) {
        var best = null;
        candidates.forEach(function (w) {
          if (editDistanceAtMostOne(word, w) && (!best || df(shard, shard.w[w]) > df(shard, shard.w[best]))) best = w;
        });
        if (best) return { word: word, stems: [shard.w[best]], corrected: best };
      }
      return { word: word, stems: [] };
    });
  }

  function stemInfo(stem) {
    return shardFor(stem).then(function (shard) { return shard.s[stem] || null; });
  }

  function isSub(list, sub) {
    for (var i = 0; i + sub.length <= list.length; i++) {
      var ok = true;
      for (var j = 0; j < sub.length; j++) if (list[i + j] !== sub[j]) { ok = false; break; }
      if (ok) return true;
    }
    return false;
  }

  // parses quotes, maps words to stems, adds the synonyms of any glossary phrase the query holds
  function analyse(query, options) {
    var phrases = [];
    var rest = query.replace(/"([^"]*)"?/g, function (_, p) { phrases.push(p); return ' ' + p + ' '; });
    var all = words(rest);
    var trailingSpace = /\s$/.test(query);
    return Promise.all(all.map(function (w, i) {
      return resolveWord(w, i === all.length - 1 && !trailingSpace && query.indexOf('"') < 0, options);
    })).then(function (resolved) {
      return getManifest().then(function (m) {
        var exact = [];
        var groups = []; // each: the stems one typed word stands for (completions are alternatives) and its weight
        resolved.forEach(function (r) {
          if (!r.stems.length) return;
          if (r.stems.length === 1) exact.push(r.stems[0]);
          groups.push({ stems: r.stems, weight: 1 });
        });
        m.synonyms.forEach(function (group) {
          var hit = group.some(function (phrase) { return isSub(exact, phrase); });
          if (hit) group.forEach(function (phrase) { phrase.forEach(function (s) { groups.push({ stems: [s], weight: m.synonymWeight }); }); });
        });
        var seen = {};
        var slots = [];
        groups.forEach(function (g) {
          var key = g.stems.join('|');
          if (!seen[key]) { seen[key] = true; slots.push(g); }
        });
        // a stem already wanted on its own does not also count inside a group of alternatives
        var required = [];
        phrases.forEach(function (p) {
          words(p).forEach(function (w) {
            var r = resolved.filter(function (x) { return x.word === w; })[0];
            if (r && r.stems.length === 1 && required.indexOf(r.stems[0]) < 0) required.push(r.stems[0]);
          });
        });
        return {
          slots: slots, required: required, phrases: phrases,
          corrections: resolved.filter(function (r) { return r.corrected; }),
          unknown: resolved.filter(function (r) { return !r.stems.length; }).map(function (r) { return r.word; })
        };
      });
    });
  }

  // postings arrive in units, as fixed-width base-64 digits: a range of records and its entry
  // count, then per entry the record's place in the range, its score and its fragment's version
  var DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var VALUE = {};
  for (var d = 0; d < DIGITS.length; d++) VALUE[DIGITS[d]] = d;

  function decodeUnits(text, m, term) {
    var w = m.code, at = 0;
    function num(width) {
      var v = 0;
      for (var k = 0; k < width; k++) v = v * 64 + VALUE[text[at++]];
      return v;
    }
    while (at < text.length) {
      var range = num(w[0]), count = num(1) + 1, list = [], max = 0;
      for (var i = 0; i < count; i++) {
        var rec = range * m.range + num(1), score = num(w[1]);
        list.push(rec, score, num(w[2]));
        if (score > max) max = score;
      }
      term.units.set(range, list);
      term.maxOf.set(range, max);
    }
  }

  // the range map: each unit's range as the gap from the last (five bits a digit, the sixth
  // saying another follows), then its bound in one digit of the stem's quantum
  function decodeRanges(text, quantum) {
    var out = [], at = 0, range = -1;
    while (at < text.length) {
      var gap = 0, digit;
      do { digit = VALUE[text[at++]]; gap = gap * 32 + (digit & 31); } while (digit & 32);
      range += gap + 1;
      out.push([range, VALUE[text[at++]] * quantum]);
    }
    return out;
  }

  // one stem of the query: the units loaded so far, and once its range map is in, where the rest are
  function Term(slot, stem, info) {
    this.slot = slot;
    this.stem = stem;
    this.info = info;
    this.units = new Map();
    this.maxOf = new Map();
    this.bounds = null;
    this.fileOf = null;
    this.requested = {};
  }
  Term.prototype.mapped = function () {
    return !this.info.i && this.info.f > 1;
  };
  Term.prototype.complete = function () {
    if (this.info.i) return true;
    if (!this.mapped()) return this.units.size > 0;
    return !!this.bounds && this.units.size === this.bounds.size;
  };
  // the most this stem gives a record of range r whose unit is not loaded
  Term.prototype.bound = function (r) {
    if (this.units.has(r) || this.complete()) return 0;
    if (this.bounds) return this.bounds.get(r) || 0;
    return this.info.b; // only the first file is in: no unread unit beats its lowest
  };
  Term.prototype.load = function (m, file) {
    var self = this;
    if (this.requested[file]) return null;
    this.requested[file] = true;
    return loadShard('p', this.info.h + '-' + file).then(function (text) { decodeUnits(text, m, self); });
  };
  Term.prototype.start = function (m) {
    if (this.info.i) {
      decodeUnits(this.info.i, m, this);
      return Promise.resolve();
    }
    return this.load(m, 0);
  };
  Term.prototype.loadMap = function () {
    var self = this;
    if (!this.mapped() || this.bounds) return Promise.resolve();
    return loadShard('m', this.info.h).then(function (text) {
      var ranges = decodeRanges(text, self.info.q);
      self.bounds = new Map(ranges);
      // units went into files best first, ties by range, so many to a file: that order gives each unit's file
      ranges.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
      self.fileOf = new Map();
      ranges.forEach(function (u, k) { self.fileOf.set(u[0], Math.floor(k / self.info.u)); });
    });
  };
  Term.prototype.fileFor = function (r) {
    if (this.units.has(r) || !this.fileOf || !this.fileOf.has(r)) return null;
    return this.fileOf.get(r);
  };

  // records of a type are numbered consecutively; the manifest gives each type's [first, end)
  function typeRange(m, type) {
    return m.types[type] || [0, 0];
  }

  // Exact top k by ranges of records: a range whose units are loaded for every stem that has
  // one there is scored exactly; any other range is bounded by its stems' unit bounds. Ranges
  // load best bound first until the k-th exact score beats every bound still open.
  function rank(slots, required, options) {
    var limit = options.limit || 10;
    var BATCH = 12;
    return getManifest().then(function (m) {
      return Promise.all(slots.map(function (slot) { return Promise.all(slot.stems.map(stemInfo)); })).then(function (infos) {
        var terms = [];
        infos.forEach(function (alts, slot) {
          alts.forEach(function (info, k) { if (info) terms.push(new Term(slot, slots[slot].stems[k], info)); });
        });
        var weight = slots.map(function (s) { return s.weight; });
        var types = options.type ? typeRange(m, options.type) : null;
        var loadAll = options.all || required.length > 0;
        function inType(rec) { return !types || rec >= types[0] && rec < types[1]; }
        function rangeInType(r) { return !types || r * m.range < types[1] && (r + 1) * m.range > types[0]; }
        // per slot the best of its stems (a half-typed word's completions), summed with the slots' weights
        function combine(value) {
          var best = {};
          terms.forEach(function (t) {
            var v = value(t);
            if (!(t.slot in best) || v > best[t.slot]) best[t.slot] = v;
          });
          var sum = 0;
          for (var s in best) sum += best[s] * weight[s];
          return sum;
        }
        function resolved(r) { return terms.every(function (t) { return t.bound(r) === 0; }); }
        function rangeBound(r) {
          if (!rangeInType(r)) return 0;
          return combine(function (t) { return t.units.has(r) ? t.maxOf.get(r) : t.bound(r); });
        }
        function evaluate() {
          var rows = [], open = [], known = new Set(), elsewhere = 0;
          terms.forEach(function (t) {
            t.units.forEach(function (_, r) { known.add(r); });
            if (t.bounds) t.bounds.forEach(function (_, r) { known.add(r); });
          });
          // a stem whose map is not in could have records in any range
          elsewhere = combine(function (t) { return t.bounds || t.complete() ? 0 : t.bound(-1); });
          known.forEach(function (r) {
            if (!resolved(r)) {
              var b = rangeBound(r);
              if (b > 0) open.push({ r: r, bound: b });
              return;
            }
            var recs = new Map();
            terms.forEach(function (t) {
              var list = t.units.get(r);
              if (!list) return;
              for (var i = 0; i < list.length; i += 3) {
                if (!inType(list[i])) continue;
                var row = recs.get(list[i]);
                if (!row) { row = { rec: list[i], version: list[i + 2], parts: {}, stems: {} }; recs.set(list[i], row); }
                if (!(t.slot in row.parts) || list[i + 1] > row.parts[t.slot]) row.parts[t.slot] = list[i + 1];
                row.stems[t.stem] = true;
              }
            });
            recs.forEach(function (row) {
              row.score = 0;
              for (var s in row.parts) row.score += row.parts[s] * weight[s];
              if (required.every(function (st) { return row.stems[st]; })) rows.push(row);
            });
          });
          rows.sort(function (a, b) { return b.score - a.score || a.rec - b.rec; });
          open.sort(function (a, b) { return b.bound - a.bound || a.r - b.r; });
          return { rows: rows, open: open, elsewhere: elsewhere };
        }
        function loadRanges(ranges) {
          var loads = [];
          ranges.forEach(function (r) {
            terms.forEach(function (t) {
              var f = t.fileFor(r);
              var p = f !== null && t.load(m, f);
              if (p) loads.push(p);
            });
          });
          return Promise.all(loads);
        }
        function step() {
          var state = evaluate();
          var top = state.rows.slice(0, limit);
          var kth = top.length === limit ? top[limit - 1].score : 0;
          var highest = Math.max(state.elsewhere, state.open.length ? state.open[0].bound : 0);
          var done = state.open.length === 0 && state.elsewhere === 0 || !loadAll && top.length === limit && highest < kth;
          if (done) return { rows: state.rows, top: top };
          var maps = terms.filter(function (t) { return t.mapped() && !t.bounds; });
          if (maps.length) return Promise.all(maps.map(function (t) { return t.loadMap(); })).then(step);
          var wanted = state.open.filter(function (o) { return loadAll || o.bound >= kth; }).map(function (o) { return o.r; });
          return loadRanges(loadAll ? wanted : wanted.slice(0, BATCH)).then(function (loads) {
            return loads.length ? step() : { rows: state.rows, top: top }; // nothing left to load: as exact as it gets
          });
        }
        var several = terms.length > 1 || loadAll;
        return Promise.all(terms.map(function (t) {
          return Promise.all([t.start(m), several ? t.loadMap() : null]);
        })).then(step);
      });
    });
  }

  function record(rec, version) {
    return getManifest().then(function (m) {
      return loadShard('f', Math.floor(rec / m.group) + '-' + version.toString(16)).then(function (data) {
        var r = data[rec % m.group];
        return { rec: rec, type: r[0], title: r[1], context: r[2], url: root + r[3], text: r[4] };
      });
    });
  }

  // surface words of the loaded vocabulary that stand for the matched stems, for highlighting
  function surfaces(stems) {
    var out = {};
    Object.keys(loaded).forEach(function (name) {
      var shard = loaded[name];
      if (!shard || !shard.w) return;
      for (var w in shard.w) if (stems.indexOf(shard.w[w]) >= 0) out[w] = true;
    });
    return out;
  }

  /**
   * Searches; resolves to { results: [{rec, score, type, title, context, url, text}], counts,
   * total, corrections, unknown, stems, words }. Options: limit, type, all (exact counts),
   * prefix and fuzzy (both on unless false), records (false: scores only).
   */
  var answered = new Map();
  // forgets answers but keeps the loaded shards: what a warm, not memoized, query costs
  api.forgetAnswers = function () { answered.clear(); };
  api.search = function (query, options) {
    options = options || {};
    var key = query + '\u0000' + JSON.stringify(options);
    if (answered.has(key)) return Promise.resolve(answered.get(key));
    return find(query, options).then(function (found) {
      if (answered.size > 50) answered.clear();
      answered.set(key, found);
      return found;
    });
  };

  function find(query, options) {
    return analyse(query, options).then(function (q) {
      if (!q.slots.length) return { results: [], counts: {}, total: 0, corrections: q.corrections, unknown: q.unknown, stems: [], words: {} };
      return rank(q.slots, q.required, options).then(function (ranked) {
        var stems = [].concat.apply([], q.slots.map(function (s) { return s.stems; }));
        return getManifest().then(function (m) {
          var counts = {};
          if (options.all) {
            ranked.rows.forEach(function (r) {
              var t = typeOf(m, r.rec);
              counts[t] = (counts[t] || 0) + 1;
            });
          }
          var top = ranked.top;
          var details = options.records === false ? Promise.resolve(top.map(function (r) { return { rec: r.rec }; }))
            : Promise.all(top.map(function (r) { return record(r.rec, r.version); }));
          return details.then(function (recs) {
            var results = recs.map(function (d, i) { d.score = top[i].score / m.scale; return d; });
            if (q.phrases.length) {
              // records whose text shows the phrase itself come first
              results.sort(function (a, b) { return hasPhrases(b, q.phrases) - hasPhrases(a, q.phrases) || b.score - a.score || a.rec - b.rec; });
            }
            return { results: results, counts: counts, total: ranked.rows.length, corrections: q.corrections,
              unknown: q.unknown, stems: stems, words: surfaces(stems) };
          });
        });
      });
    });
  }

  function hasPhrases(r, phrases) {
    if (!r.text) return 0;
    var text = (r.title + ' ' + r.text).toLowerCase();
    return phrases.every(function (p) { return text.indexOf(p.toLowerCase().trim()) >= 0; }) ? 1 : 0;
  }

  function typeOf(m, rec) {
    for (var t in m.types) if (rec >= m.types[t][0] && rec < m.types[t][1]) return t;
    return 'other';
  }
})();
