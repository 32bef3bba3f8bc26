// handbook: the ranking half of the browser's search. The export cuts each stem's postings into
// units (its entries in 16 consecutive records, best unit first) and, for stems with several
// files, a map of every unit's bound by range (SearchExport, PostingsCode). This file decodes them
// and returns Lucene's exact top k, loading only the ranges whose bounds can still reach it.
// search-engine.js gives it the loaders: hbSearchRank(io) is rank(slots, required, options).
(function () {
  'use strict';

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
  function Term(io, slot, stem, info) {
    this.io = io;
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
    return this.io.loadShard('p', this.info.h + '-' + file).then(function (text) { decodeUnits(text, m, self); });
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
    return this.io.loadShard('m', this.info.h).then(function (text) {
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
  function rank(io, slots, required, options) {
    var limit = options.limit || 10;
    var BATCH = 12;
    return io.getManifest().then(function (m) {
      return Promise.all(slots.map(function (slot) { return Promise.all(slot.stems.map(io.stemInfo)); })).then(function (infos) {
        var terms = [];
        infos.forEach(function (alts, slot) {
          alts.forEach(function (info, k) { if (info) terms.push(new Term(io, slot, slots[slot].stems[k], info)); });
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
          var rows = [], open = [], known = new Set();
          terms.forEach(function (t) {
            t.units.forEach(function (_, r) { known.add(r); });
            if (t.bounds) t.bounds.forEach(function (_, r) { known.add(r); });
          });
          // a stem whose map is not in (only its first file is) could have records in any range
          var elsewhere = combine(function (t) { return t.bounds || t.complete() ? 0 : t.info.b; });
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

  window.hbSearchRank = function (io) {
    return function (slots, required, options) { return rank(io, slots, required, options); };
  };
})();
