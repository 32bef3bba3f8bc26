// handbook: the search box on every page (a combobox with a listbox of results as you type) and
// the full results page at search/. Without JavaScript the box submits to search/, which says
// how to find things without it. Runs after site.js and search-engine.js. When a search file
// cannot be loaded, both say so instead of waiting, and the next search tries again.
(function () {
  'use strict';
  const { el, all, root, debounce } = window.handbook;
  const UNAVAILABLE = 'Search unavailable, try reloading.';
  // without the engine (its script failed to load) every search fails, visibly
  const engine = window.handbook.search || {
    query: () => Promise.reject(new Error('search: search-engine.js did not load')),
    WORD: /[\p{L}\p{N}]+/gu
  };
  const WORD = engine.WORD;
  // what a result's type is called, one and several: from the build (the manifest), as the handbook words it
  const typeLabel = (found, type, several) => ((found.labels || {})[type] || [type, type])[several ? 1 : 0];

  /**
   * Runs searches where only the newest one's answer may show: an earlier search that answers
   * late (it had more files to load) is dropped. show(found) on an answer, fail(error) on a failure.
   */
  function newest(show, fail) {
    let turn = 0;
    const run = function (query, options) {
      const mine = ++turn;
      engine.query(query, options).then((found) => {
        if (mine === turn) {
          show(found);
        }
      }, (error) => {
        if (mine === turn) {
          fail(error);
        }
      });
    };
    /** Drops the answer of any search still on its way. */
    run.cancel = () => {
      turn++;
    };
    return run;
  }

  /** The position of the last place at or before `at` where `text` may be cut (Intl.Segmenter), or -1. */
  function lastBoundary(text, at, granularity) {
    if (!window.Intl || !Intl.Segmenter) {
      return -1;
    }
    let last = 0;
    for (const part of new Intl.Segmenter('und', { granularity: granularity }).segment(text)) {
      if (part.index > at) {
        break;
      }
      last = part.index;
    }
    return last;
  }

  /**
   * At most `max` characters of a text and ' …', as Excerpts.cut in Java: after the last whole
   * word, else (text without spaces) at the last word boundary, else between two characters.
   */
  function cut(text, max) {
    if (text.length <= max) {
      return text;
    }
    let end = max;
    while (end > 0 && !/\s/.test(text[end])) {
      end--;
    }
    let head = text.slice(0, end).trimEnd();
    if (head.length < max / 2) {
      let after = max;
      while (after < text.length && /\s/.test(text[after])) {
        after++;
      }
      head = text.slice(0, Math.max(0, lastBoundary(text, after, 'word'))).trimEnd();
    }
    if (head.length > max || head.length < max / 2) {
      const b = lastBoundary(text, max, 'grapheme');
      // without Intl.Segmenter: never between the two halves of a surrogate pair
      head = text.slice(0, b >= 0 ? b : max - (/[\uDC00-\uDFFF]/.test(text[max]) ? 1 : 0)).trimEnd();
    }
    return head + ' …';
  }

  function matches(token, found) {
    const t = token.toLowerCase();
    if (found.words[t]) {
      return true;
    }
    return found.stems.some((s) => s.length >= 3 && t.indexOf(s) === 0);
  }

  // text with the matched words wrapped in <mark>, built as nodes (never as HTML)
  function highlighted(text, found) {
    const span = el('span');
    let last = 0;
    text.replace(WORD, (token, at) => {
      if (matches(token, found)) {
        span.appendChild(document.createTextNode(text.slice(last, at)));
        span.appendChild(el('mark', null, token));
        last = at + token.length;
      }
      return token;
    });
    span.appendChild(document.createTextNode(text.slice(last)));
    return span;
  }

  // about 200 characters of the text around its first matched word
  function excerpt(text, found) {
    let first = -1;
    text.replace(WORD, (token, at) => {
      if (first < 0 && matches(token, found)) {
        first = at;
      }
      return token;
    });
    if (first < 80) {
      return cut(text, 200);
    }
    const start = text.indexOf(' ', first - 70) + 1;
    return '… ' + cut(text.slice(start), 200);
  }

  function resultBody(r, found) {
    const box = el('span', 'result');
    const title = el('span', 'result-title');
    title.appendChild(highlighted(r.title, found));
    box.appendChild(title);
    const one = typeLabel(found, r.type, false);
    const context = !r.context || one === r.context ? one : one + ' · ' + r.context;
    box.appendChild(el('span', 'result-context', context));
    const ex = el('span', 'result-excerpt');
    ex.appendChild(highlighted(excerpt(r.text, found), found));
    box.appendChild(ex);
    return box;
  }

  function notes(found, query) {
    const p = el('p', 'search-note');
    const say = (text) => p.appendChild(document.createTextNode(text));
    if (found.corrections.length) {
      say('Showing results for ');
      found.corrections.forEach((c, i) => {
        if (i) {
          say(', ');
        }
        p.appendChild(el('strong', null, c.corrected));
      });
      say(' (you typed ' + found.corrections.map((c) => c.word).join(', ') + ').');
    } else if (!found.results.length && query.trim()) {
      say('Nothing in the handbook matches “' + query.trim() + '”. '
        + 'Try fewer words, another word for the same thing, or browse the ');
      const a = el('a', null, 'glossary');
      a.href = root + 'glossary/index.html';
      p.appendChild(a);
      say('.');
    } else {
      return null;
    }
    return p;
  }

  function searchPage(q) {
    return root + 'search/index.html' + (q ? '?q=' + encodeURIComponent(q) : '');
  }

  // ---- the box on every page -------------------------------------------------------------
  const form = document.querySelector('.site-search');
  const input = form && form.querySelector('#site-search-input');
  const list = form && form.querySelector('.search-results');
  const boxStatus = form && form.querySelector('.search-status');
  let active = -1;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function select(i) {
    const options = all('[role=option]', list);
    if (!options.length) {
      return;
    }
    active = (i + options.length) % options.length;
    options.forEach((o, k) => o.setAttribute('aria-selected', String(k === active)));
    input.setAttribute('aria-activedescendant', options[active].id);
    options[active].scrollIntoView({ block: 'nearest' });
  }

  function openOption(i) {
    const o = all('[role=option]', list)[i];
    if (o) {
      location.href = o.getAttribute('data-href');
    }
  }

  function option(id, href, content) {
    const o = el('li', 'search-option');
    o.id = id;
    o.setAttribute('role', 'option');
    o.setAttribute('aria-selected', 'false');
    o.setAttribute('data-href', href);
    o.appendChild(content);
    o.addEventListener('mousedown', (e) => e.preventDefault());
    o.addEventListener('click', () => {
      location.href = href;
    });
    return o;
  }

  function noteRow(note) {
    const li = el('li', 'search-note-row');
    li.setAttribute('role', 'presentation');
    li.appendChild(note);
    return li;
  }

  function openList(message) {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
    input.removeAttribute('aria-activedescendant');
    boxStatus.textContent = message;
  }

  let boxQuery = '';
  const boxSearch = newest((found) => {
    list.textContent = '';
    const note = notes(found, boxQuery);
    if (note) {
      list.appendChild(noteRow(note));
    }
    found.results.forEach((r, i) => list.appendChild(option('search-option-' + i, r.url, resultBody(r, found))));
    const every = option('search-option-all', searchPage(boxQuery), document.createTextNode(
      found.results.length ? 'All results for “' + boxQuery.trim() + '”' : 'Open the search page'));
    every.classList.add('search-all');
    list.appendChild(every);
    const n = found.results.length;
    openList(n ? n + (n === 7 ? ' or more' : '') + ' results. Use the arrow keys to choose one.' : 'No results.');
  }, () => {
    list.textContent = '';
    list.appendChild(noteRow(el('p', 'search-note search-unavailable', UNAVAILABLE)));
    openList(UNAVAILABLE);
  });

  function showBox(query) {
    boxQuery = query;
    if (!query.trim()) {
      boxSearch.cancel(); // an answer still on its way must not open the list again
      close();
      list.textContent = '';
      return;
    }
    boxSearch(query, { limit: 7 });
  }

  if (input) {
    const typed = debounce(showBox, 40);
    input.addEventListener('input', () => typed(input.value));
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (list.hidden) {
          showBox(input.value);
        } else {
          select(active + 1);
        }
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        select(active - 1);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        if (active >= 0) {
          openOption(active);
        } else if (input.value.trim()) {
          location.href = searchPage(input.value);
        }
      } else if (e.key === 'Escape') {
        if (!list.hidden) {
          e.preventDefault();
          close();
        } else {
          input.value = '';
          input.blur();
        }
      }
    });
    input.addEventListener('blur', () => setTimeout(close, 150));
    input.addEventListener('focus', () => {
      if (input.value.trim()) {
        showBox(input.value);
      }
    });
    document.addEventListener('keydown', (e) => {
      const focused = document.activeElement;
      const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(focused.tagName) || focused.isContentEditable;
      if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
        e.preventDefault();
        const target = document.querySelector('#search-page-input') || input;
        target.focus();
        target.select();
      }
    });
  }

  // ---- the results page --------------------------------------------------------------------
  const pageBox = document.querySelector('.search-page');
  if (!pageBox) {
    return;
  }
  const pageInput = pageBox.querySelector('#search-page-input');
  const filters = pageBox.querySelector('.search-filters');
  const results = pageBox.querySelector('.search-page-results');
  const pageStatus = pageBox.querySelector('.search-page-status');
  // results a page shows, and how many more each "More results" adds: a page of results loads its
  // records' files (title, text) in a few requests instead of one for nearly every result
  const PAGE = 10;
  const state = { q: '', type: '', shown: PAGE };

  function readUrl() {
    const params = new URLSearchParams(location.search);
    state.q = params.get('q') || '';
    state.type = params.get('type') || '';
    pageInput.value = state.q;
  }

  function url() {
    const params = new URLSearchParams();
    if (state.q) {
      params.set('q', state.q);
    }
    if (state.type) {
      params.set('type', state.type);
    }
    const s = params.toString();
    return location.pathname + (s ? '?' + s : '');
  }

  function remember(push) {
    try {
      history[push ? 'pushState' : 'replaceState'](null, '', url());
    } catch {
      // some browsers refuse history changes on file:// pages; the page still works, unshared
    }
  }

  function filterButton(type, label, count) {
    const b = el('button', 'button filter', label + ' ' + count);
    b.type = 'button';
    b.setAttribute('aria-pressed', String(state.type === type));
    b.addEventListener('click', () => {
      state.type = type;
      state.shown = PAGE;
      remember(true);
      render();
    });
    return b;
  }

  function unavailable() {
    pageSearch.cancel();
    countSearch.cancel();
    results.textContent = '';
    filters.textContent = '';
    pageStatus.textContent = UNAVAILABLE;
  }

  function showFilters(everything) {
    filters.textContent = '';
    const total = Object.keys(everything.counts).reduce((sum, t) => sum + everything.counts[t], 0);
    filters.appendChild(filterButton('', 'All', total));
    Object.keys(everything.labels || {}).forEach((t) => {
      if (everything.counts[t]) {
        filters.appendChild(filterButton(t, typeLabel(everything, t, true), everything.counts[t]));
      }
    });
  }

  // the counts are of every match, whichever filter is on
  const countSearch = newest(showFilters, unavailable);
  const pageSearch = newest((found) => {
    const total = Object.keys(found.counts).reduce((sum, t) => sum + found.counts[t], 0);
    if (state.type) {
      countSearch(state.q, { limit: 1, all: true, records: false });
    } else {
      countSearch.cancel();
      showFilters(found);
    }
    results.textContent = '';
    const note = notes(found, state.q);
    if (note) {
      results.appendChild(note);
    }
    const ol = el('ol', 'search-list');
    found.results.forEach((r) => {
      const li = el('li');
      const a = el('a', 'search-hit');
      a.href = r.url;
      a.appendChild(resultBody(r, found));
      li.appendChild(a);
      ol.appendChild(li);
    });
    results.appendChild(ol);
    const shown = found.results.length;
    if (total > shown) {
      const b = el('button', 'button search-more', 'More results');
      b.type = 'button';
      b.addEventListener('click', () => {
        state.shown = shown + PAGE;
        // once the longer list is in, the first result it adds takes the focus (the button is gone)
        state.focus = shown;
        render();
      });
      results.appendChild(b);
    }
    if (state.focus !== undefined) {
      const hit = all('.search-hit', ol)[state.focus];
      state.focus = undefined;
      if (hit) {
        hit.focus();
      }
    }
    pageStatus.textContent = total === 0 ? 'No results.' : total + (total === 1 ? ' result' : ' results') +
      (total > shown ? ', the best ' + shown + ' shown' : '') + '.';
  }, unavailable);

  function render() {
    document.title = (state.q ? state.q + ' · ' : '') + 'Search · ' + document.title.replace(/^.*Search · /, '');
    if (!state.q.trim()) {
      pageSearch.cancel(); // an answer still on its way must not show
      countSearch.cancel();
      results.textContent = '';
      filters.textContent = '';
      pageStatus.textContent = 'Type a word or a question. Quotes find a phrase: "regression wall".';
      return;
    }
    pageSearch(state.q, { limit: state.shown, all: true, type: state.type || undefined });
  }

  const typedOnPage = debounce(() => {
    state.q = pageInput.value;
    state.shown = PAGE;
    remember(false);
    render();
  }, 60);
  pageInput.addEventListener('input', typedOnPage);
  pageBox.querySelector('form').addEventListener('submit', (e) => {
    e.preventDefault();
    state.q = pageInput.value;
    state.shown = PAGE;
    remember(true);
    render();
  });
  window.addEventListener('popstate', () => {
    readUrl();
    state.shown = PAGE;
    render();
  });
  readUrl();
  // after the page's deferred scripts, search/index.js among them (search.ftlh), have run
  document.addEventListener('DOMContentLoaded', render);
  if (!state.q) {
    pageInput.focus();
  }
})();
