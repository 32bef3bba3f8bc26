// handbook: the ranking half of the browser's search (docs/search-format.md has the formats).
// Each stem of a query comes with its best entries (record, Lucene's score, the record's norms);
// a stem in many records also has, in a data file, its next entries, its membership (every
// record holding it, with its frequency in title, context and body) and its BM25 weight per
// field. With those, the stem's score in a record is Lucene's BM25 again, computed here in single
// precision step for step as Lucene does it (the export checks that arithmetic on every entry, in
// BrowserScores), once the record's norms are known: from any entry of the query's stems, or a
// norm file. So the exact top k needs the stems' best entries and memberships, not whole lists.
// Runs after site.js; search-engine.js gives it the loaders: handbook.rank(io) is
// rank(slots, required, options).
(function () {
  'use strict';

  const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  const VALUE = new Map(Array.from(DIGITS).map((d, i) => [d, i]));

  /** Reads base-64 digits: fixed widths, and varints of five bits a digit (32: another follows). */
  class Digits {
    constructor(text) {
      this.text = text;
      this.at = 0;
    }

    more() {
      return this.at < this.text.length;
    }

    digit() {
      return VALUE.get(this.text[this.at++]);
    }

    fixed(width) {
      let v = 0;
      for (let k = 0; k < width; k++) {
        v = v * 64 + this.digit();
      }
      return v;
    }

    varint() {
      let v = 0;
      let d;
      do {
        d = this.digit();
        v = v * 32 + (d & 31);
      } while (d & 32);
      return v;
    }
  }

  /** Lucene's BM25 as BrowserScores (Java) and Lucene do it: float steps, a double sum, rounded. */
  class Bm25 {
    constructor(m) {
      const f = Math.fround;
      const [k1, b, averages] = m.bm25;
      this.scale = m.scale;
      // BM25Similarity's cache of inverse norms per field, from SmallFloat's norm lengths
      this.inverse = averages.map((avg) => Array.from({ length: 256 }, (_, i) => {
        return f(1 / f(f(k1) * f(f(1 - f(b)) + f(f(f(b) * f(length(i))) / f(avg)))));
      }));
    }

    /** A stem's score in a record: its weight and frequency per field, the record's norm per field. */
    score(weights, tf, norms) {
      const f = Math.fround;
      let sum = 0;
      for (let k = 0; k < 3; k++) {
        if (tf[k] > 0) {
          const w = f(weights[k]);
          sum += f(w - f(w / f(1 + f(tf[k] * this.inverse[k][norms[k]]))));
        }
      }
      return Math.round(sum * this.scale);
    }
  }

  // the field length a norm byte stands for (Lucene's SmallFloat.byte4ToInt)
  function length(norm) {
    if (norm < 24) {
      return norm;
    }
    const i = norm - 24;
    const shift = (i >>> 3) - 1;
    return 24 + (shift === -1 ? i & 7 : ((i & 7) | 8) * 2 ** shift);
  }

  // the best norms a field can have (the shortest length): what no record's score exceeds
  const SHORTEST = [1, 1, 1];

  /** One stem of the query: what is known of it so far, and how to learn more. */
  class StemList {
    constructor(io, slot, stem, found) {
      this.io = io;
      this.slot = slot;
      this.stem = stem;
      this.files = found.files;
      const info = found.info;
      this.scores = new Map();
      this.members = null;
      this.weights = null;
      this.loading = null;
      // a long list: its best entries here, its next entries and its membership in a data file
      this.long = info.length === 4;
      // a whole list: every entry, here or in a data file
      this.complete = false;
      this.next = Infinity;
      if (this.long) {
        this.entries(info[1]);
        this.next = info[2];
        this.dataFile = info[3];
      } else if (typeof info[1] === 'string') {
        this.entries(info[1]);
        this.complete = true;
        this.next = 0;
      } else {
        this.dataFile = info[1];
      }
    }

    entries(text) {
      const w = this.io.widths;
      const d = new Digits(text);
      while (d.more()) {
        const rec = d.fixed(w[0]);
        this.scores.set(rec, d.fixed(w[1]));
        this.io.norms.set(rec, [d.fixed(w[2]), d.fixed(w[3]), d.fixed(w[4])]);
      }
    }

    /** Whether the data file (the whole list, or the membership and next entries) is in. */
    loaded() {
      return this.complete || this.members !== null;
    }

    /** Loads the data file (the whole list, or the next entries and the membership); null when in or on its way. */
    more() {
      if (this.loaded() || this.loading) {
        return null;
      }
      // a failed load is not remembered: the next search asks again
      this.loading = this.io.data(this.files[this.dataFile], this.stem).then((blob) => {
        if (typeof blob === 'string') {
          this.entries(blob);
          this.complete = true;
          this.next = 0;
          return;
        }
        // [next entries, the score after them, membership, weight per field]
        this.entries(blob[0]);
        this.next = blob[1];
        this.members = membership(blob[2]);
        this.weights = blob[3];
      }).finally(() => {
        this.loading = null;
      });
      return this.loading;
    }

    /** Whether the stem is known to be in record r (null: not known). */
    has(r) {
      if (this.scores.has(r)) {
        return true;
      }
      if (this.complete) {
        return false;
      }
      return this.members ? this.members.has(r) : null;
    }

    /**
     * The stem's score in record r as [lowest, highest, need]: exact when the two are equal, else
     * `need` says what would settle it: 'more' (this stem's data file) or 'norm' (the record's norms).
     */
    value(r, norms, bm25) {
      const s = this.scores.get(r);
      if (s !== undefined) {
        return [s, s, null];
      }
      if (this.complete) {
        return [0, 0, null];
      }
      if (!this.members) {
        return [0, this.next, 'more'];
      }
      const tf = this.members.get(r);
      if (tf === undefined) {
        return [0, 0, null];
      }
      const n = norms.get(r);
      if (n !== undefined) {
        const v = bm25.score(this.weights, tf, n);
        return [v, v, null];
      }
      // not among the entries loaded, so at most the score after them
      return [0, Math.min(this.next, bm25.score(this.weights, tf, SHORTEST)), 'norm'];
    }

    /** The most this stem gives a record not seen in any list loaded so far. */
    unseen() {
      return this.complete || this.members ? 0 : this.next;
    }
  }

  /** Every record holding a stem, with the stem's frequency in its title, context and body. */
  function membership(text) {
    const members = new Map();
    const d = new Digits(text);
    let rec = -1;
    while (d.more()) {
      const first = d.digit();
      const g = first >> 2;
      const kind = first & 3;
      rec += g < 15 ? g + 1 : 16 + d.varint();
      if (kind > 0) {
        members.set(rec, [0, 0, kind === 3 ? 3 + d.varint() : kind]);
        continue;
      }
      const fields = d.digit();
      const tf = [fields & 3, (fields >> 2) & 3, (fields >> 4) & 3].map((v) => v === 3 ? 3 + d.varint() : v);
      members.set(rec, tf);
    }
    return members;
  }

  // records of a type are numbered consecutively; the manifest gives each type's [first, end)
  function typeRange(m, type) {
    return m.types[type] || [0, 0];
  }

  /**
   * Lucene's exact top k. Every record seen so far (in a loaded list or membership) is scored
   * as an interval; when the k-th exact score beats the highest interval still open and what an
   * unseen record could reach, the top k is exact. Otherwise the stems' next entries and the norms
   * that would settle the best open records load, and the records are scored again.
   */
  function rankWith(io, slots, required, options, stems) {
    const m = io.manifest;
    const limit = options.limit || 10;
    const weight = slots.map((s) => s.weight);
    const types = options.type ? typeRange(m, options.type) : null;
    const inType = (rec) => !types || rec >= types[0] && rec < types[1];
    const bySlot = slots.map((_, i) => stems.filter((t) => t.slot === i));
    // several words (or exact counts, or a quoted phrase): memberships settle who holds what
    const members = slots.length > 1 || options.all || required.length > 0;
    const requiredStems = stems.filter((t) => required.indexOf(t.stem) >= 0);
    const bm25 = io.bm25 || (io.bm25 = new Bm25(m));

    function score(r) {
      let lo = 0;
      let hi = 0;
      const needs = [];
      bySlot.forEach((alternatives, s) => {
        let slotLo = 0;
        let slotHi = 0;
        alternatives.forEach((t) => {
          const v = t.value(r, io.norms, bm25);
          slotLo = Math.max(slotLo, v[0]);
          slotHi = Math.max(slotHi, v[1]);
          if (v[2]) {
            needs.push([t, v[2]]);
          }
        });
        lo += slotLo * weight[s];
        hi += slotHi * weight[s];
      });
      return { rec: r, lo: lo, hi: hi, needs: needs };
    }

    function evaluate() {
      const seen = new Set();
      stems.forEach((t) => {
        t.scores.forEach((_, r) => seen.add(r));
        if (t.members) {
          t.members.forEach((_, r) => seen.add(r));
        }
      });
      const rows = [];
      const open = [];
      const matched = [];
      seen.forEach((r) => {
        if (!inType(r) || !requiredStems.every((t) => t.has(r) !== false)) {
          return;
        }
        matched.push(r);
        const row = score(r);
        if (row.lo === row.hi) {
          rows.push({ rec: r, score: row.lo });
        } else {
          open.push(row);
        }
      });
      let unseen = 0;
      bySlot.forEach((alternatives, s) => {
        unseen += Math.max(0, ...alternatives.map((t) => t.unseen())) * weight[s];
      });
      rows.sort((a, b) => b.score - a.score || a.rec - b.rec);
      open.sort((a, b) => b.hi - a.hi || a.rec - b.rec);
      return { rows: rows, open: open, unseen: unseen, matched: matched };
    }

    function loads(state, kth) {
      const wanted = new Set();
      const norms = new Set();
      if (state.unseen >= kth) {
        stems.forEach((t) => {
          if (t.unseen() > 0) {
            wanted.add(t);
          }
        });
      }
      state.open.filter((o) => o.hi >= kth).slice(0, 256).forEach((o) => o.needs.forEach(([t, need]) => {
        if (need === 'norm') {
          norms.add(Math.floor(o.rec / m.n[0]));
        } else {
          wanted.add(t);
        }
      }));
      const promises = [];
      wanted.forEach((t) => {
        const p = t.more();
        if (p) {
          promises.push(p);
        }
      });
      norms.forEach((k) => promises.push(loadNorms(k)));
      return promises;
    }

    // the body norms of a file's records (norm files hold them in record order)
    function loadNorms(k) {
      return io.loadShard('n', io.numbered(m.n, k)).then((text) => {
        const d = new Digits(text);
        const w = io.widths;
        for (let r = k * m.n[0]; d.more(); r++) {
          io.norms.set(r, [d.fixed(w[2]), d.fixed(w[3]), d.fixed(w[4])]);
        }
      });
    }

    function step() {
      const state = evaluate();
      const top = state.rows.slice(0, limit);
      const kth = top.length === limit ? top[limit - 1].score : 0;
      const highest = Math.max(state.unseen, state.open.length ? state.open[0].hi : 0);
      // exact: nothing open can reach the k-th (ties go to the lower record, so reaching is enough)
      if (top.length === limit && highest < kth || highest === 0) {
        return { top: top, matched: state.matched };
      }
      const pending = loads(state, kth);
      if (!pending.length) {
        return { top: top, matched: state.matched }; // nothing left to load: as exact as it gets
      }
      return Promise.all(pending).then(step);
    }

    const first = [];
    stems.forEach((t) => {
      if (!t.long || members) {
        const p = t.more();
        if (p) {
          first.push(p);
        }
      }
    });
    return Promise.all(first).then(step);
  }

  function rank(io, slots, required, options) {
    return Promise.all(slots.map((slot) => Promise.all(slot.stems.map(io.stemInfo)))).then((found) => {
      const stems = [];
      found.forEach((alternatives, slot) => alternatives.forEach((f, k) => {
        if (f) {
          stems.push(new StemList(io, slot, slots[slot].stems[k], f));
        }
      }));
      return rankWith(io, slots, required, options, stems);
    });
  }

  window.handbook.rank = function (io) {
    return (slots, required, options) => rank(io, slots, required, options);
  };
})();
