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

  // the ranking itself lives in search-rank.js, loaded before this file
  var rank = window.hbSearchRank({ getManifest: getManifest, loadShard: loadShard, stemInfo: stemInfo });

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
