// handbook: the ranking half of the browser's search. The export cuts each stem's postings into
// units (its entries in 16 consecutive records, best unit first) and, for stems with several
// files, a map of every unit's bound by range (SearchExport, PostingsCode). This file decodes them
// and returns Lucene's exact top k, loading only the ranges whose bounds can still reach it.
// Runs after site.js; search-engine.js gives it the loaders: handbook.rank(io) is
// rank(slots, required, options).
(function () {
  'use strict';

  // postings arrive in units, as fixed-width base-64 digits: a range of records and its entry
  // count, then per entry the record's place in the range, its score and its fragment's version
  const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  const VALUE = {};
  Array.from(DIGITS).forEach((d, i) => {
    VALUE[d] = i;
  });
  const BATCH = 12;

  function decodeUnits(text, m, stem) {
    const w = m.code;
    let at = 0;
    function num(width) {
      let v = 0;
      for (let k = 0; k < width; k++) {
        v = v * 64 + VALUE[text[at++]];
      }
      return v;
    }
    while (at < text.length) {
      const range = num(w[0]);
      const count = num(1) + 1;
      const list = [];
      let max = 0;
      for (let i = 0; i < count; i++) {
        const rec = range * m.range + num(1);
        const score = num(w[1]);
        list.push(rec, score, num(w[2]));
        max = Math.max(max, score);
      }
      stem.units.set(range, list);
      stem.maxOf.set(range, max);
    }
  }

  // the range map: each unit's range as the gap from the last (five bits a digit, the sixth
  // saying another follows), then its bound in one digit of the stem's quantum
  function decodeRanges(text, quantum) {
    const out = [];
    let at = 0;
    let range = -1;
    while (at < text.length) {
      let gap = 0;
      let digit;
      do {
        digit = VALUE[text[at++]];
        gap = gap * 32 + (digit & 31);
      } while (digit & 32);
      range += gap + 1;
      out.push([range, VALUE[text[at++]] * quantum]);
    }
    return out;
  }

  /** One stem of the query: the units loaded so far, and once its range map is in, where the rest are. */
  class StemPostings {
    constructor(io, slot, stem, info) {
      this.io = io;
      this.slot = slot;
      this.stem = stem;
      this.info = info;
      this.units = new Map();
      this.maxOf = new Map();
      this.bounds = null;
      this.fileOf = null;
      this.requested = new Set();
    }

    mapped() {
      return !this.info.i && this.info.f > 1;
    }

    complete() {
      if (this.info.i) {
        return true;
      }
      if (!this.mapped()) {
        return this.units.size > 0;
      }
      return !!this.bounds && this.units.size === this.bounds.size;
    }

    /** The most this stem gives a record of range r whose unit is not loaded. */
    bound(r) {
      if (this.units.has(r) || this.complete()) {
        return 0;
      }
      if (this.bounds) {
        return this.bounds.get(r) || 0;
      }
      return this.info.b; // only the first file is in: no unread unit beats its lowest
    }

    load(m, file) {
      if (this.requested.has(file)) {
        return null;
      }
      this.requested.add(file);
      return this.io.loadShard('p', this.info.h + '-' + file).then((text) => decodeUnits(text, m, this), (e) => {
        this.requested.delete(file);
        throw e;
      });
    }

    start(m) {
      if (this.info.i) {
        decodeUnits(this.info.i, m, this);
        return Promise.resolve();
      }
      return this.load(m, 0);
    }

    loadMap() {
      if (!this.mapped() || this.bounds) {
        return Promise.resolve();
      }
      return this.io.loadShard('m', this.info.h).then((text) => {
        const ranges = decodeRanges(text, this.info.q);
        this.bounds = new Map(ranges);
        // units went into files best first, ties by range, so many to a file: that order gives each unit's file
        ranges.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
        this.fileOf = new Map();
        ranges.forEach((u, k) => this.fileOf.set(u[0], Math.floor(k / this.info.u)));
      });
    }

    fileFor(r) {
      if (this.units.has(r) || !this.fileOf || !this.fileOf.has(r)) {
        return null;
      }
      return this.fileOf.get(r);
    }
  }

  // records of a type are numbered consecutively; the manifest gives each type's [first, end)
  function typeRange(m, type) {
    return m.types[type] || [0, 0];
  }

  // Exact top k by ranges of records: a range whose units are loaded for every stem that has
  // one there is scored exactly; any other range is bounded by its stems' unit bounds. Ranges
  // load best bound first until the k-th exact score beats every bound still open.
  function rankWith(io, slots, required, options, m, infos) {
    const limit = options.limit || 10;
    const stems = [];
    infos.forEach((alternatives, slot) => alternatives.forEach((info, k) => {
      if (info) {
        stems.push(new StemPostings(io, slot, slots[slot].stems[k], info));
      }
    }));
    const weight = slots.map((s) => s.weight);
    const types = options.type ? typeRange(m, options.type) : null;
    const loadAll = options.all || required.length > 0;
    const inType = (rec) => !types || rec >= types[0] && rec < types[1];
    const rangeInType = (r) => !types || r * m.range < types[1] && (r + 1) * m.range > types[0];
    // per slot the best of its stems (a half-typed word's completions), summed with the slots' weights
    function combine(value) {
      const best = new Map();
      stems.forEach((t) => {
        const v = value(t);
        if (!best.has(t.slot) || v > best.get(t.slot)) {
          best.set(t.slot, v);
        }
      });
      let sum = 0;
      best.forEach((v, s) => {
        sum += v * weight[s];
      });
      return sum;
    }
    const resolved = (r) => stems.every((t) => t.bound(r) === 0);
    function rangeBound(r) {
      if (!rangeInType(r)) {
        return 0;
      }
      return combine((t) => t.units.has(r) ? t.maxOf.get(r) : t.bound(r));
    }
    function scoreRange(r, rows) {
      const recs = new Map();
      stems.forEach((t) => {
        const list = t.units.get(r);
        if (!list) {
          return;
        }
        for (let i = 0; i < list.length; i += 3) {
          if (!inType(list[i])) {
            continue;
          }
          let row = recs.get(list[i]);
          if (!row) {
            row = { rec: list[i], version: list[i + 2], parts: new Map(), stems: new Set() };
            recs.set(list[i], row);
          }
          if (!row.parts.has(t.slot) || list[i + 1] > row.parts.get(t.slot)) {
            row.parts.set(t.slot, list[i + 1]);
          }
          row.stems.add(t.stem);
        }
      });
      recs.forEach((row) => {
        row.score = 0;
        row.parts.forEach((v, s) => {
          row.score += v * weight[s];
        });
        if (required.every((st) => row.stems.has(st))) {
          rows.push(row);
        }
      });
    }
    function evaluate() {
      const rows = [];
      const open = [];
      const known = new Set();
      stems.forEach((t) => {
        t.units.forEach((_, r) => known.add(r));
        if (t.bounds) {
          t.bounds.forEach((_, r) => known.add(r));
        }
      });
      // a stem whose map is not in (only its first file is) could have records in any range
      const elsewhere = combine((t) => t.bounds || t.complete() ? 0 : t.info.b);
      known.forEach((r) => {
        if (resolved(r)) {
          scoreRange(r, rows);
          return;
        }
        const b = rangeBound(r);
        if (b > 0) {
          open.push({ r: r, bound: b });
        }
      });
      rows.sort((a, b) => b.score - a.score || a.rec - b.rec);
      open.sort((a, b) => b.bound - a.bound || a.r - b.r);
      return { rows: rows, open: open, elsewhere: elsewhere };
    }
    function loadRanges(ranges) {
      const loads = [];
      ranges.forEach((r) => stems.forEach((t) => {
        const f = t.fileFor(r);
        const p = f !== null && t.load(m, f);
        if (p) {
          loads.push(p);
        }
      }));
      return Promise.all(loads);
    }
    function step() {
      const state = evaluate();
      const top = state.rows.slice(0, limit);
      const kth = top.length === limit ? top[limit - 1].score : 0;
      const highest = Math.max(state.elsewhere, state.open.length ? state.open[0].bound : 0);
      const exhausted = state.open.length === 0 && state.elsewhere === 0;
      const done = exhausted || !loadAll && top.length === limit && highest < kth;
      if (done) {
        return { rows: state.rows, top: top };
      }
      const maps = stems.filter((t) => t.mapped() && !t.bounds);
      if (maps.length) {
        return Promise.all(maps.map((t) => t.loadMap())).then(step);
      }
      const wanted = state.open.filter((o) => loadAll || o.bound >= kth).map((o) => o.r);
      return loadRanges(loadAll ? wanted : wanted.slice(0, BATCH)).then((loads) => {
        return loads.length ? step() : { rows: state.rows, top: top }; // nothing left to load: as exact as it gets
      });
    }
    const several = stems.length > 1 || loadAll;
    return Promise.all(stems.map((t) => Promise.all([t.start(m), several ? t.loadMap() : null]))).then(step);
  }

  function rank(io, slots, required, options) {
    return io.getManifest().then((m) => Promise.all(slots.map((slot) => Promise.all(slot.stems.map(io.stemInfo))))
      .then((infos) => rankWith(io, slots, required, options, m, infos)));
  }

  window.handbook.rank = function (io) {
    return (slots, required, options) => rank(io, slots, required, options);
  };
})();
